"""Training wordings by an outside writer (one of six), leaning towards brokers, benefits
consultants and PEO staff writing for a client employer ("my client", group names and numbers,
industry shorthand). In the train split only; the brief all writers shared is in generate.py
(WRITER_BATCHES).
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "Can group {group} move from monthly to {payroll_mode} deductions?",
        "Switch {company} over to {payroll_mode} payroll deduction, please.",
        "What's the effective date if the client changes its deduction frequency now?",
        "Is {mode} an available billing mode on this case, or only monthly?",
        "What would each employee's per-pay amount look like if the group went to {payroll_mode}?",
        "Client is changing payroll vendors and will run {payroll_mode} going forward. Need the deductions re-moded to match.",
        "How do you figure the per-check deduction when a group pays 26 times a year instead of 24?",
        "Does moving to {payroll_mode} change what employees pay over the year, or only the amount per check?",
        "{person} is already direct bill on {policy} and would like to pay annually instead of quarterly. What would the annual premium come to?",
        "My client {company} ({group}) is converting from semi-monthly to bi-weekly payroll next quarter. What's the process to change the billing mode on the case, when would it take effect, and how do the per-pay deductions change for the {product} and {life_product} certificates?",
        "We're a PEO and one worksite client, {company}, runs {payroll_mode} payroll while the rest of our book is monthly. Can this group's deduction frequency be set up differently from the others, and what does it do to the amount taken per check?",
        "Group {group} ended up with a mix of pay frequencies after the merger. Please put everyone on {payroll_mode} deduction and send me the new per-pay figures by policy plus the group total, so payroll can load them before the first check.",
    ],
    "billing_schedule": [
        "When is the {month} list bill due?",
        "We never got the {month} invoice for {group}.",
        "Need a PDF of the statement dated {date} for group {group}.",
        "How far ahead of the due date do you cut the bills?",
        "Can you resend last month's bill? The client misplaced it.",
        "What day of the month is the list bill for {company} generated?",
        "Is the due date the 1st of the month or the date printed on the statement?",
        "Please email copies of the last three billing statements for {company} to {email}.",
        "Bill for {month} never arrived at the client's office, can you check whether it was produced?",
        "My client says the statement usually shows up around the 10th, but nothing has come this month. Can you confirm it was generated and tell me where it was sent?",
        "I'm the broker on {group}. The HR manager is out and asked me to get a duplicate of the {month} statement so payroll can key the deductions. Can you send it to me directly?",
        "We're building the AP calendar for next year for {company}. Can you give me the bill generation date and the due date for each month so nothing slips?",
    ],
    "bill_reconciliation": [
        "Bill is higher than our deduction register by {money}. Need to find out why.",
        "Which lines make up the variance between the {month} statement and our remittance?",
        "Need help balancing the list bill to payroll for {group} before the remittance goes out.",
        "Why is {person} on the bill when nothing was deducted from her this period?",
        "The {month} list bill doesn't tie to what we withheld from payroll. Can you help reconcile it?",
        "Payroll took {amt} from {person} for the {product}, but the bill shows a different amount. Which one is right?",
        "Attaching our deduction register for {group}. Please compare it line by line against the {month} bill.",
        "Please mark {person} as a missed deduction on the {month} list bill. She was on unpaid leave and nothing was withheld.",
        "Three people are being deducted on payroll but aren't on your invoice at all. How do we handle paid-not-billed lines?",
        "My client short-paid the {month} bill by {money} and struck through the lines they disagreed with. Can you walk me through each variance line so we can close out the reconciliation?",
        "We're the payroll service for {company}. Our file shows {count} employees deducted for {product}, but your bill lists more. Which insureds are billed but not deducted, and why are they still on the bill?",
        "{person}'s deduction changed to {amt} after the rate update, but the statement still bills the old amount. I need the list bill adjusted so it matches what we're actually taking from her check.",
    ],
    "payment": [
        "How much does {group} owe right now?",
        "Did our payment of {money} come in? Check #{checkno}.",
        "What's the mailing address for premium checks?",
        "Is there a late fee if we pay after the due date but still within grace?",
        "Can the employer pay the group invoice online or by wire instead of mailing a check?",
        "Is {company} past due? The HR manager just got a delinquency letter.",
        "How long is the grace period before policies lapse if the group pays late?",
        "We mailed check {checkno} for {money} last week. Has it posted to {group} yet?",
        "Please confirm you received the wire for {company}'s {month} premium.",
        "What's the outstanding balance on the case, including anything past due?",
        "My client missed the {month} remittance during a bookkeeping change-over. What do they need to pay to bring the group current, and what's the last day they can pay before anything lapses?",
        "I'm the broker for {group}. The controller wants to pay the current invoice today with a company card. Is that an option, and how does she go about it?",
    ],
    "accounting_breakdown": [
        "Can I get the {month} premium broken out by product?",
        "Break down the annual premium per employee for {group}.",
        "Premium subtotal by product and tier for the {month} statement, please.",
        "What's the total premium for {product} alone across the group?",
        "How much of this bill is pre-tax under Section 125 versus after-tax?",
        "Need premium totals by department for {company} for the last quarter.",
        "What portion of {company}'s premium is {life_product} versus the accident and CI coverage?",
        "For the client's GL coding we need the premium split by cost center and product. Can you produce that for {group}?",
        "My client has two locations billed under one case. Can you give me the monthly premium total for each location separately?",
        "The CFO at {company} wants year-to-date premium split by coverage tier: employee only, employee plus spouse, employee plus children and family. Can you put that together for me by month?",
        "We're the payroll service for {company}. For year-end reporting the client needs each employee's total after-tax premium for the {product} and {life_product} coverage for last year, listed by employee ID. Can you generate that?",
        "I'm prepping the renewal deck for {group} and need premium by product by month for the last twelve months, with pre-tax and post-tax amounts shown in separate columns.",
    ],
    "premium_refund": [
        "Status of the refund check for {group}?",
        "We paid the {month} bill twice. How do we get the duplicate back?",
        "When will the refund for {person}'s cancelled {product} be issued?",
        "We overpaid by {money}. Please send it back rather than holding it as a credit.",
        "How do you calculate the refund when someone terminates in the middle of a month?",
        "Who are refund checks made payable to, the group or the insured?",
        "{person} termed in {month} but deductions were remitted for two more months. Can the client get that premium back?",
        "A refund of {money} was promised back in {month} and nothing has arrived. Can you check where it is?",
        "Now that the tobacco status on {policy} has been corrected, what refund is owed and when will it be paid?",
        "{person} passed away last month and premium was paid through {month}. Is the unearned premium returned, and to whom does it go?",
        "My client's former employee {person} dropped her {product} at open enrollment, but premium kept being remitted through payroll. We'd like the excess returned. Does it go back to the employer or to the employee?",
        "We're the PEO for {company}. Their year-end review shows premium remitted for {count} employees after their coverage end dates. Please refund those amounts and tell me how the refund will be calculated.",
    ],
    "policy_suspense": [
        "Why is {money} sitting in suspense on {group}?",
        "Please apply the suspense balance to the {month} bill.",
        "What's the unapplied cash on the account right now?",
        "Can the {money} in suspense be applied to {person}'s policy {policy}?",
        "Our payment shows as received but not applied. What's holding it up?",
        "The statement shows an unapplied credit of {money}. Where did it come from?",
        "Check {checkno} cleared but the invoice still shows open. Is the money parked in suspense?",
        "How long do you hold an unidentified payment before returning it?",
        "What items are in suspense on {company}, and which bill does each belong to?",
        "My client sent one check to cover both locations and only half of it was applied. Can you move the rest out of suspense and onto the second location's bill?",
        "We remitted without the remittance stub, so I assume it landed in suspense. What do you need from us to get it posted to {group}?",
        "I'm the broker trying to clean up {group} before renewal. There are several small unapplied amounts going back to {month}. Can you list them with dates and tell me what the employer has to do to resolve them?",
    ],
    "reinstatement": [
        "Can {person}'s lapsed {product} be reinstated?",
        "{policy} lapsed for nonpayment. What does it take to bring it back?",
        "Need a reinstatement application for policy {policy}.",
        "What back premium would it take to reinstate {policy}?",
        "How long after a lapse can coverage still be reinstated?",
        "Please reinstate {person}'s coverage; he was rehired effective {date}.",
        "Does {person} have to answer health questions to reinstate the {life_product} that lapsed in {month}?",
        "Is there a deadline to reinstate the {life_product} policies that went out when the group paid late?",
        "An employee was termed by mistake in payroll and her coverage dropped. Can it be restored with no gap?",
        "My client's employee {person} came back from unpaid leave and found her {product} had lapsed because no deductions were taken. Can it be reinstated, and would there be a gap in coverage?",
        "We're the benefits consultant for {company}. Their payroll vendor failed to remit for two months and {count} certificates lapsed. The back premium is ready. Can you reinstate them as of the original dates so nobody has a gap?",
        "The group missed a remittance and several policies terminated. The client has since paid and wants every one of those policies put back in force.",
    ],
    "benefit_change": [
        "Increase {person}'s {product} benefit to {benefit}.",
        "What's the guaranteed issue limit on the {product} for this group?",
        "{person} wants to lower her {life_product} face amount to {benefit}.",
        "Please add the hospital confinement rider to {person}'s accident policy.",
        "Can {person} drop the cancer rider and keep the base policy?",
        "Is a mid-year increase allowed on a Section 125 group without a life event?",
        "What's the most an employee can elect on the {product}, and at what amount does EOI kick in?",
        "When is the next window for employees to change their benefit amounts?",
        "{person} (policy {policy}) wants to raise his {life_product} to {benefit}. Is that within GI or will he have to go through underwriting?",
        "Can my client add the wellness benefit rider to existing certificates, or only at open enrollment?",
        "I'm the broker on {group}. Several employees want to move from the low plan to the high plan on {product} mid-year. What are the rules for upgrading outside open enrollment, and does it need evidence of insurability?",
        "We consult for {company}. The owner wants to reduce the DI monthly benefit for {person} because his salary dropped, effective {date}. Please process the decrease and tell me the new premium.",
    ],
    "tobacco_change": [
        "Change {person} to tobacco user on {policy}.",
        "Nicotine status correction needed for {emp}.",
        "How do you define tobacco use? Does vaping count?",
        "Send me the tobacco-free attestation form for {person}.",
        "{person} quit smoking over a year ago. Can we get her moved to non-tobacco rates?",
        "What would {person}'s {product} premium be at the non-tobacco rate?",
        "Is a signed statement enough to change tobacco status, or does the insured need a test?",
        "{person} was enrolled as a smoker by mistake; she has never used tobacco. Please correct her class.",
        "How far back can a switch to non-tobacco be made retroactive?",
        "My client's employee quit cigarettes but now uses nicotine gum. Does that still count as tobacco for rating purposes?",
        "I'm the agent on {group}. At re-enrollment {count} employees said they've been tobacco-free for twelve months. What do we submit to move them to the non-tobacco class, and when does the new rate start?",
        "We handle payroll for {company}. {person}'s {life_product} is still rated tobacco even though she signed the non-tobacco form in {month}. Can you update her status and give us the new per-pay amount?",
    ],
    "dependent_change": [
        "Add {person}'s {child} to her {product}.",
        "Up to what age can kids stay on the {product}?",
        "Is there a deadline to add a newborn without health questions?",
        "Remove the {spouse} from {person}'s coverage; they're divorced.",
        "How much more per paycheck does it cost to add a {spouse}?",
        "Can a domestic partner be covered as a spouse on this group?",
        "{person}'s baby was born in {month}. How do we get the newborn added?",
        "{person} got married in {month} and wants his {spouse} on the {product} and the {life_product}.",
        "{person}'s daughter turns 26 this month. Does she come off the coverage automatically or do we need to remove her?",
        "Is a disabled adult child eligible to stay on past the age limit?",
        "My client's employee {person} adopted two children in {month}. We'd like them added to his CI and accident coverage, and I need to know how the tier change affects his deduction.",
        "We're the PEO for {company}. An employee is separating from his {spouse} and wants her off the family tier while keeping the kids covered. What's the process and what will the new premium be?",
    ],
    "termination": [
        "What's the cash surrender value on {policy}?",
        "{person} ({emp}) retired. End all of her policies effective {date}.",
        "Please terminate {person}'s coverage, last day worked {date}.",
        "If {person} quits, does her {life_product} stop, or does it keep going?",
        "Does coverage end the day someone leaves or at the end of that month?",
        "{person} wants to cancel her {product}. How much notice do we need to give?",
        "An employee wants to surrender his {life_product} for the cash. How does he do that?",
        "Terminate the following {count} employees from group {group}; they were laid off as of {date}.",
        "How much would {person} actually receive if she surrendered {policy} today, after the loan is netted out?",
        "{person} asked HR to cancel her accident policy altogether; she doesn't want it anymore.",
        "My client had a reduction in force last week and {count} employees are gone. We need their voluntary coverage ended. Do you need a form, or will a list with names and last days worked do?",
        "I'm the broker for {company}. One of their drivers, {person}, was let go at the end of last month. Please terminate his {product} and {life_product} certificates and confirm the termination date you'll use.",
    ],
    "policy_loan": [
        "How much can {person} borrow against {policy}?",
        "What's the current loan balance on {policy}?",
        "What interest rate do you charge on policy loans?",
        "Request a loan of {money} on {policy}.",
        "{person} wants to take a loan on her {life_product}. Which form do we send?",
        "Can loan repayments be taken through payroll deduction?",
        "Is loan interest added to the balance or billed separately?",
        "{person} wants to pay off the loan on {policy} in full. What's the payoff figure?",
        "Does an outstanding loan reduce the death benefit on the {life_product}?",
        "How long does it take to get a loan check once the request is signed?",
        "My client's employee {person} has a big medical bill and would rather borrow from his whole life than give it up. How much is available, how quickly is it paid out, and what happens if he never repays it?",
        "We're the benefits consultant on {group}. Several employees with {life_product} policies have loans accruing interest. Could you send loan status for each: balance, rate and repayment options?",
    ],
    "bank_draft": [
        "Set up a bank draft for {person} on {policy}.",
        "Change {person}'s draft date to the 15th.",
        "{person}'s draft came back NSF. What happens now?",
        "What day of the month do the drafts come out?",
        "Please stop the EFT on {policy}; she's going back on payroll deduction.",
        "Move {person} from bank draft to payroll deduction starting next month.",
        "{person} switched banks. How does she update the account her monthly draft comes from?",
        "The draft on {policy} was returned as account closed. Will you re-draft, or does the insured need to do something?",
        "Need an EFT authorization form for an insured who's coming off payroll deduction.",
        "{person} is leaving the company but wants to keep her {product}. How does she pay for it straight from her bank account?",
        "My client's employee {person} will be on unpaid leave for three months. Instead of letting her {product} lapse, can we switch her to a personal bank draft until she's back on payroll?",
        "We're the PEO for {company}. {person} retired but is keeping her {life_product}. Please convert it from payroll deduction to a monthly draft from her checking account and let us know the first draft date.",
    ],
    "policy_maintenance": [
        "Change of address for {person}: {street}.",
        "Correct the spelling of {person}'s name on {policy}.",
        "Where's the form to change a beneficiary?",
        "{person}'s employee number changed in the new HRIS; the new one is {emp}.",
        "{person} has a new last name since her wedding. Please update her policy records.",
        "The date of birth on {policy} is off by a year. How do we get it corrected?",
        "{person} wants to name her sister as beneficiary on her {life_product}.",
        "{person} moved to {state}. Does anything need to be updated on her policies?",
        "Our company address has changed to {street}. Please update the group record.",
        "The gender on {person}'s certificate was keyed wrong at enrollment. Can it be fixed without a new application?",
        "My client {company} is changing its legal name after an acquisition; the group number stays {group}. What do you need from us to update the employer name on the account?",
        "After a payroll system conversion, several of {company}'s insureds got new payroll IDs, and {person}'s record still has her old home address. Can you load the new IDs from our list and change her address to {street}?",
    ],
    "group_contract": [
        "Please send the master contract for group {group}.",
        "Can we get a copy of the signed master application?",
        "{person} lost her certificate. Can you reissue it?",
        "Where can I find the policy documents for {company}'s plan?",
        "Need certificates of coverage for everyone on the {product}.",
        "Send me a specimen certificate for the {product} so we can post it on the intranet.",
        "The client wants to amend the group contract to add a new class of eligible employees.",
        "Please send the certificate booklet and the plan summary for the {life_product}.",
        "My client's auditors want the master contract and every rider in force on {group}. Can you send the complete set?",
        "Please draft an amendment to the master contract changing the plan anniversary to {month}.",
        "We're broker of record for {company}. They're adding the {product} line in {month}. Can you prepare the contract amendment and an updated master application for the owner to sign?",
        "I'm the consultant for {group}. For the annual compliance review I need the current master contract, the signed master application and every amendment since issue, as PDFs if possible.",
    ],
    "claims_eligibility": [
        "How does an employee file a claim on her {product}?",
        "Claim form for {person}'s {product}, please.",
        "What's the waiting period before the {product} pays on a sickness?",
        "Was {person} covered on {date}? She has an accident claim.",
        "Was {person} enrolled at the time of his hospital stay in {month}?",
        "{person}'s claim was denied because they say she wasn't eligible. She was enrolled. Can you check?",
        "Where does the employer send its portion of the paperwork for a disability claim?",
        "Is there a pre-existing condition exclusion on the CI for new hires who file in their first year?",
        "{person} got hurt in her second week on the job. Was she past the eligibility waiting period for the accident coverage?",
        "Was {person}'s coverage in force when he was diagnosed in {month}, given the lapse earlier that year?",
        "My client's employee {person} was in a car accident in {month}, just after her effective date, and the claims team says she wasn't active yet. Can you confirm her effective date and whether she was eligible?",
        "I'm the broker on {group}. An employee's dependent had surgery right after the group's effective date and the claim was pended for eligibility. What does the insurer need from the employer to show the dependent was enrolled and covered?",
    ],
    "new_case_setup": [
        "New group install for {company}: effective {date}, {count} enrollees.",
        "When will the first bill for the new case be generated?",
        "Who do I send the signed paperwork to for a new case install?",
        "What's the turnaround to get a newly sold case installed and billing?",
        "We just sold a new group, {company}. What do you need from us to set it up?",
        "What format do you need the initial enrollment file in for a new group?",
        "Please set up portal access for our new employer client; the contact is {contact} at {email}.",
        "For a brand-new group going live {date}, do deductions start with the first paycheck after the effective date, or does payroll wait for the first list bill?",
        "The client is opening a branch in {state} with its own payroll. Does it need a separate sub-group number and its own bill?",
        "We're the PEO onboarding {company} to voluntary benefits. Please list the contacts you need from them (billing, HR, payroll) and the setup forms for the new case.",
        "I'm the enrolling broker for {company}, new case effective {date}. Enrollment closed with {count} participants. What happens next: when is the case built, when will we see the first bill, and how does the HR manager get into the billing portal?",
        "Adding a new location under {group} next month. What do you need to get it set up for billing?",
    ],
    "portal_help": [
        "I'm locked out of the billing portal.",
        "The password reset link isn't working.",
        "How do I add another user to our portal account?",
        "Remove {contact}'s portal access; she no longer works here.",
        "Uploading the deduction file gives 'invalid format'. What columns does it expect?",
        "Where in the portal can I download the list bill as an Excel file?",
        "The portal keeps timing out when I try to submit the remittance.",
        "How do I reset my security questions in the employer portal?",
        "My username is {email} and the site says the account doesn't exist.",
        "I'm a broker with several clients on your portal. Can I have one login that sees all of my groups, or do I need separate credentials for each?",
        "We're the payroll service for {company}. The person who normally uploads the deduction file left, and nobody else has upload rights. How do we get admin rights assigned to {contact}?",
        "I uploaded our census this morning and the page just spun, then showed an error 500. Can you tell whether the file went through?",
    ],
    "group_cancellation": [
        "{company} wants to cancel the whole group.",
        "Please terminate group {group} effective {date}.",
        "The business is closing {date}. How do we end the plan?",
        "What happens to employees' policies if the employer drops the group?",
        "The owner is thinking about dropping the voluntary plan because of cost. What are our options?",
        "How much advance written notice does the employer need to give to cancel the group plan?",
        "If we cancel the group, can employees keep their life policies?",
        "We've been acquired and the new parent has its own benefits, so {company}'s plan with you will be ending.",
        "My client is moving its voluntary benefits to another carrier at renewal. What notice is needed to terminate the case?",
        "The client is unhappy with the rate increase and is shopping the case. What's the process if they decide to leave?",
        "I'm the broker for {group}. Participation has dropped to {count} employees and the owner wants out. Can you tell me the last billing date and what the employees will be told?",
        "We're a PEO and {company} is leaving our platform, so their worksite group with you needs to end. Please send whatever is required to cancel the master policy.",
    ],
    "coverage_inquiry": [
        "What coverage does {person} have?",
        "Is {policy} active?",
        "What's the benefit amount on {person}'s {life_product}?",
        "When did {person}'s coverage start?",
        "How many employees are enrolled in {product} for {group}?",
        "What's {person}'s monthly premium on the {product}?",
        "List everyone enrolled on the {product} along with their tier.",
        "Is {person}'s {spouse} covered on her CI?",
        "What's the issue date and paid-to date on {policy}?",
        "Which employees have {life_product} with you, and what are their face amounts?",
        "My client's employee {person} ({emp}) thinks she signed up for hospital indemnity last enrollment. Can you tell me which policies she actually has in force and their status?",
        "I'm the broker on {group}. For the renewal meeting I need a census of current enrollees with products, benefit amounts and coverage tiers. Can you pull that for me?",
    ],
    "human_agent": [
        "Can I talk to a real person?",
        "Please have someone call me at {phone}.",
        "Transfer me to a live agent.",
        "I need to speak with our account manager.",
        "Please escalate this to a supervisor.",
        "I'd rather go over this with a human. Who can I call?",
        "Can someone from the billing team reach out to me at {email} today?",
        "This is getting complicated; can someone on your admin team take over?",
        "I'm the broker on {group} and would like a call-back from a service rep this afternoon.",
        "I've gone back and forth with the bot and I'm not getting anywhere. Please have a case manager call {contact} at {phone}; she's the HR manager at {company}.",
        "We're a PEO handling several of your groups and I have a few sensitive questions I'd rather not put in chat. Can someone from the worksite service team phone me at {phone}?",
        "Representative, please.",
    ],
    "greeting": [
        "Hello",
        "Good morning.",
        "Hi there.",
        "Good afternoon, anyone there?",
        "Hey, this is {contact} from {company}.",
        "Hi, {contact} here, broker on group {group}.",
        "Morning! {contact} with the PEO.",
        "Hi, is this the employer billing assistant?",
        "Good evening, hope all is well on your end.",
        "Hello, I'm the new benefits administrator at {company} and I'll be your contact going forward.",
        "Hi, I work with {company} on their voluntary benefits and have a couple of things to go over with you.",
        "Hello, this is {contact}, {title} at {company}.",
    ],
    "goodbye": [
        "Thanks, that's all.",
        "Perfect, thank you!",
        "Got it. Have a good day.",
        "Cheers, bye.",
        "That answers it, thanks. Bye for now.",
        "No more questions for now, appreciate it.",
        "OK, we're all set. Talk soon.",
        "Great, I'll pass that along to the client. Thanks for the help.",
        "Appreciate the help on {group} today. Signing off.",
        "Thank you, I have what I need for the renewal meeting. Have a good one.",
        "Thanks again for sorting that out so quickly; you saved me a phone call. Have a great weekend.",
        "That's everything for {company}. Thanks, and I'll reach back out if anything else comes up.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # other insurance lines
    "How do I add a new hire to our medical plan?",
    "Our health insurance premium went up 14% at renewal. Can you get us a better quote?",
    "Open enrollment for the medical plan starts next week; can you send the Blue Cross rates?",
    "I need a quote for a group medical plan for {count} employees.",
    "Does the dental plan cover orthodontics for kids?",
    "What's the vision plan copay for contact lenses?",
    "Our dental claim for {person}'s crown was denied. Who do I appeal to?",
    "How do I change my 401(k) contribution percentage?",
    "What's the employer match on {company}'s retirement plan?",
    "A warehouse employee got hurt on the job. How do I file a workers' comp claim?",
    "Can you help with our workers' comp premium audit for last year?",
    "We need a certificate of insurance for general liability for a job site.",
    "One of our company trucks was in an accident. Who handles commercial auto claims?",
    "Can you quote homeowners insurance for me?",
    "My personal car insurance renewal doubled. Is that normal?",
    "Our property claim from the hail storm is still open; who's the adjuster?",
    "What's the premium on a $1M umbrella policy?",
    "Can you quote cyber liability coverage for our firm?",
    "Our business owner's policy renews next month. Can you bind it?",
    "My dad's Medicare Part D premium went up. Why?",
    "How does an employee sign up on the ACA marketplace?",
    "Is the HSA contribution limit higher for family coverage this year?",
    "Should we offer an FSA or an HRA alongside the medical plan?",
    "Who sends the COBRA notices for our medical plan?",
    # payroll software / HR / employment law
    "How do I set up a new deduction code in ADP?",
    "Gusto won't let me run an off-cycle payroll. What am I doing wrong?",
    "How do I void a paycheck in QuickBooks?",
    "How do I garnish wages for a child support order?",
    "An employee wants to change her W-4 withholding. How do I do that?",
    "My direct deposit didn't come through this payday. Can you check with my bank?",
    "Can you recommend a payroll company for a 20-person business?",
    "What's the federal minimum wage right now?",
    "Do we have to pay overtime to salaried office staff?",
    "Can I fire someone for what they posted on social media?",
    "How many weeks of FMLA leave does an employee get?",
    "Does {state} require paid sick leave for part-timers?",
    "Can you help me fight an ex-employee's unemployment claim?",
    "Write a job description for a forklift operator.",
    # taxes
    "What's the Social Security wage base this year?",
    "How do I file a late 941?",
    "What's the state income tax rate in {state}?",
    "Is an LLC or an S-corp better for a small business's taxes?",
    # general knowledge / chit-chat
    "Tell me a joke.",
    "What's the weather in Omaha today?",
    "Who won the game last night?",
    "What's the capital of Australia?",
    "Write me a haiku about payroll.",
    "How do I convert a PDF to Excel?",
    "What time is it in Tokyo right now?",
    "What's your favorite movie?",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "billing_mode",
        (),
        "Hello,\n\n"
        "I'm the benefits consultant for {company} (group {group}). The client is moving its entire "
        "workforce from semi-monthly to {payroll_mode} payroll as part of a new payroll system rollout.\n\n"
        "Could you change the billing mode on the case to match, and let me know when the change takes "
        "effect and what the new per-pay deduction will be for each policy? A group total would help "
        "the controller check the first register.\n\n"
        "Thank you,\n{contact}\nBenefits Consultant\n{phone}",
    ),
    (
        "billing_schedule",
        (),
        "Hi team,\n\n"
        "{company} has not received its {month} list bill. In the past it has always arrived by the "
        "second week of the month and the office manager is starting to worry, since payroll keys the "
        "deductions off of it.\n\n"
        "Can you confirm the statement was produced and send a copy to {email}?\n\n"
        "Regards,\n{contact}\n{title}, {company}",
    ),
    (
        "bill_reconciliation",
        ("premium_refund",),
        "Good morning,\n\n"
        "We're the payroll service provider for {company}, group {group}. The {month} list bill comes to "
        "{money} more than the deductions we withheld. From our register it looks like {person} is still "
        "being billed for {product} even though nothing has come out of her check since she went part time, "
        "and two other lines don't match the rates we have.\n\n"
        "Can you go through the differences with us so we can reconcile the bill? Also, if it turns out "
        "the client has been paying for {person} after she stopped deductions, please refund those months.\n\n"
        "Thanks,\n{contact}\nPayroll Specialist\n{phone}",
    ),
    (
        "payment",
        (),
        "Hello,\n\n"
        "Our accounts payable team mailed check {checkno} for {money} to cover the {month} premium for "
        "group {group}. The bank shows it hasn't cleared yet and we want to make sure it didn't get lost.\n\n"
        "Has the payment been received and posted to our account?\n\n"
        "Best,\n{contact}\n{company}",
    ),
    (
        "accounting_breakdown",
        (),
        "Hi,\n\n"
        "I'm preparing the annual benefits report for {company}. The controller wants the premium for "
        "last year broken out by product and by department, with the Section 125 (pre-tax) amounts shown "
        "separately from the after-tax {life_product} premium.\n\n"
        "Is that something you can produce for group {group}? A spreadsheet would be ideal.\n\n"
        "Thank you,\n{contact}\n{title}",
    ),
    (
        "premium_refund",
        (),
        "Hello,\n\n"
        "We accidentally paid the {month} invoice twice: once by check {checkno} and again online a few "
        "days later, each for {money}. Our bookkeeper caught it during month-end close.\n\n"
        "We'd like the duplicate returned to us rather than held on the account. Please let me know how "
        "long the refund will take and who the check will be made out to.\n\n"
        "Thanks,\n{contact}\nOwner, {company}",
    ),
    (
        "policy_suspense",
        (),
        "Dear Billing Team,\n\n"
        "Our latest statement for group {group} shows {money} as unapplied. I believe this is from the "
        "payment we sent without the remittance coupon, but I can't tell which bill it was matched to, "
        "if any.\n\n"
        "Could you tell me why the money is being held and apply it to the open {month} bill?\n\n"
        "Kind regards,\n{contact}\nAccounting Clerk, {company}",
    ),
    (
        "reinstatement",
        (),
        "Hi,\n\n"
        "One of my client's employees, {person}, was out on an unpaid leave from late spring until last "
        "month. No deductions were taken while she was out and her {product} policy ({policy}) lapsed.\n\n"
        "She is back at work and would like the policy brought back in force. What does she need to do, "
        "and will there be any back premium?\n\n"
        "Thank you,\n{contact}\nBenefits Coordinator, {company}",
    ),
    (
        "benefit_change",
        (),
        "Hello,\n\n"
        "I'm the broker on {group}. {person} currently has {benefit} of {life_product} and would like to "
        "increase it now that his youngest started college and his mortgage is bigger.\n\n"
        "Can he increase mid-year, and up to what amount can he go without evidence of insurability? "
        "If he needs underwriting, please send the forms.\n\n"
        "Regards,\n{contact}\n{phone}",
    ),
    (
        "tobacco_change",
        ("premium_refund",),
        "Good afternoon,\n\n"
        "{person} in our warehouse has been enrolled as a tobacco user on her {product} since she joined, "
        "but she tells us she quit more than two years ago and checked the wrong box on the enrollment form. "
        "She has signed the non-tobacco statement, which I can send over.\n\n"
        "Please change her to the non-tobacco rate. Also, since she's been overcharged for several months, "
        "we'd like the difference refunded for the months that qualify.\n\n"
        "Thanks very much,\n{contact}\nHR Manager, {company}",
    ),
    (
        "dependent_change",
        (),
        "Hi there,\n\n"
        "{person}, one of our drivers, had a baby girl in {month}. He'd like to add the newborn to his "
        "accident and hospital indemnity coverage.\n\n"
        "What do you need from us to add her, and how will his deduction change?\n\n"
        "Thank you,\n{contact}\nOffice Manager\n{company}",
    ),
    (
        "termination",
        ("policy_maintenance",),
        "Hello,\n\n"
        "Please terminate coverage for {person} ({emp}). His last day with {company} was {date} and he "
        "has not asked to keep any of his policies.\n\n"
        "Separately, {contact} in our shipping department moved, and her new home address is {street}. "
        "Could you update her records as well?\n\n"
        "Thanks,\nHR Generalist\n{company}",
    ),
    (
        "policy_loan",
        ("termination",),
        "Hi,\n\n"
        "{person} has a {life_product} policy, number {policy}, through our payroll. He has some "
        "unexpected family expenses and is asking how much he could borrow against it and what interest "
        "rate applies.\n\n"
        "He also wants to know what he would get if he surrendered it instead, just so he can compare.\n\n"
        "Regards,\n{contact}\nBenefits Administrator, {company}",
    ),
    (
        "bank_draft",
        (),
        "Hello,\n\n"
        "{person} is retiring at the end of the month but wants to keep her {life_product} policy "
        "{policy}. Since she won't be on our payroll anymore, she would like to pay it by monthly draft "
        "from her checking account.\n\n"
        "Can you send the draft authorization form and tell us what day the premium would be drafted?\n\n"
        "Thank you,\n{contact}\n{title}, {company}\n{phone}",
    ),
    (
        "policy_maintenance",
        (),
        "Dear Service Team,\n\n"
        "{person} would like to change the beneficiary on her {life_product} to her two adult children in "
        "equal shares. Her husband, the current beneficiary, passed away earlier this year.\n\n"
        "Please send the beneficiary change form or let us know if it can be done online.\n\n"
        "Sincerely,\n{contact}\nHR Manager, {company}",
    ),
    (
        "group_contract",
        (),
        "Hi,\n\n"
        "I'm the broker of record for {company}, group {group}. Their auditors are doing a benefits "
        "compliance review and have asked for the master contract, the signed master application and "
        "any amendments since the plan started.\n\n"
        "Can you send those as PDFs? We need them by the end of next week.\n\n"
        "Thanks,\n{contact}\n{email}",
    ),
    (
        "claims_eligibility",
        (),
        "Hello,\n\n"
        "{person} broke her wrist in {month} and filed an accident claim. The claim came back denied "
        "because the insurer says she wasn't covered yet. She enrolled at her new-hire meeting and "
        "deductions started right away.\n\n"
        "Could you check her effective date and confirm whether she was eligible when the injury "
        "happened?\n\n"
        "Thank you,\n{contact}\nBenefits Coordinator\n{company}",
    ),
    (
        "new_case_setup",
        ("billing_mode",),
        "Hi team,\n\n"
        "We just closed enrollment for a new group, {company}, effective {date}, with {count} employees "
        "enrolled in accident, CI and term life. I'm attaching the signed master application.\n\n"
        "What are the next steps to get the case installed: the enrollment file format, when the first "
        "bill is produced and how the HR manager gets portal access? The client pays {payroll_mode}, so "
        "please also confirm what each employee's per-pay deduction will be on that frequency.\n\n"
        "Best regards,\n{contact}\nEnrolling Broker\n{phone}",
    ),
    (
        "portal_help",
        (),
        "Hello,\n\n"
        "I've been trying to upload our deduction file for {group} since yesterday and keep getting an "
        "error that says the file format is invalid. It's the same template we've used every month.\n\n"
        "Did something change on the portal? I'd like to get the file in before the bill closes.\n\n"
        "Thanks,\n{contact}\nPayroll Specialist, {company}",
    ),
    (
        "group_cancellation",
        (),
        "Dear Account Team,\n\n"
        "After a lot of thought, the owners of {company} have decided to close the business at the end "
        "of the year. We will need to end the voluntary insurance plan for all employees.\n\n"
        "What notice do you need from us, and what will happen to employees' coverage?\n\n"
        "Regards,\n{contact}\nController\n{company}",
    ),
    (
        "coverage_inquiry",
        (),
        "Hi,\n\n"
        "I'm preparing for {company}'s renewal meeting next week. Could you send a list of everyone "
        "currently enrolled under group {group}, showing each person's products, benefit amounts and "
        "coverage tier?\n\n"
        "Thanks in advance,\n{contact}\nBenefits Consultant",
    ),
    (
        "human_agent",
        (),
        "Hello,\n\n"
        "I've tried the chat twice about a billing issue on {group} and it's too involved to explain "
        "there. Could someone from your worksite service team give me a call?\n\n"
        "I'm available most of tomorrow at {phone}.\n\n"
        "Thank you,\n{contact}\n{title}, {company}",
    ),
    (
        "payment",
        ("billing_schedule",),
        "Good morning,\n\n"
        "Our new office manager just found a past-due notice for group {group} in a stack of mail. "
        "Can you tell us how much we owe right now and the last day we can pay before anyone's coverage "
        "lapses?\n\n"
        "We also don't seem to have the {month} invoice on file. Please send a copy to {email}.\n\n"
        "Thank you,\n{contact}\nOwner, {company}",
    ),
    (
        "dependent_change",
        ("benefit_change",),
        "Hello,\n\n"
        "{person} got married in {month} and would like to add his {spouse} to his {product} coverage. "
        "Please tell us what forms are needed and how much more will come out of his check.\n\n"
        "He also wants to raise his own {life_product} to {benefit} now that he's married. Is that "
        "allowed at this time of year?\n\n"
        "Kind regards,\n{contact}\nHR Generalist, {company}",
    ),
    (
        "coverage_inquiry",
        ("group_contract",),
        "Hi,\n\n"
        "One of our employees, {person} ({emp}), is asking what coverage she has with you. She thinks she "
        "has both {product} and hospital indemnity, but her paystub only shows one deduction. Could you "
        "tell us which policies she has in force and the benefit amounts?\n\n"
        "She'd also like a copy of her certificate for each policy, if you could email them.\n\n"
        "Thanks,\n{contact}\nOffice Manager\n{company}",
    ),
    (
        "portal_help",
        ("bill_reconciliation",),
        "Hi,\n\n"
        "I'm locked out of the employer portal after too many password attempts, and the reset e-mail "
        "never arrives at {email}. Please unlock the account or tell me how to get back in.\n\n"
        "Once I'm in, I also need help with the {month} bill, which is {money} higher than what we "
        "deducted. I'd like to know which employees account for the difference.\n\n"
        "Thanks,\n{contact}\nPayroll Specialist, {company}",
    ),
    (
        "reinstatement",
        ("bank_draft",),
        "Hello,\n\n"
        "{person}'s {life_product} policy {policy} lapsed after she moved to a part-time schedule and "
        "dropped off our deduction list. She wants the policy reinstated and is ready to pay whatever "
        "back premium is due.\n\n"
        "Because her hours are irregular now, she'd like to pay by bank draft going forward instead of "
        "payroll deduction. Could you include the draft form when you send the reinstatement paperwork?\n\n"
        "Regards,\n{contact}\nBenefits Administrator\n{company}",
    ),
    (
        "out_of_scope",
        (),
        "Hello,\n\n"
        "Our medical plan renews in {month} and the premium is going up almost 15% for {company}. We'd "
        "like to shop it and maybe add a dental plan at the same time.\n\n"
        "Can you send quotes for a group medical plan with a lower deductible for our {count} "
        "employees?\n\n"
        "Thanks,\n{contact}\nOwner",
    ),
    (
        "out_of_scope",
        (),
        "Hi,\n\n"
        "One of our forklift drivers hurt his back on the job yesterday. He went to urgent care and "
        "will be off for at least a week.\n\n"
        "How do we file the workers' comp claim, and do we have to report it to the state?\n\n"
        "Thank you,\n{contact}\nSafety Coordinator, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Good afternoon,\n\n"
        "We just switched payroll software and I can't figure out how to set up the deduction code for "
        "the employee parking benefit so it comes out pre-tax. The vendor's help line hasn't called back.\n\n"
        "Do you know which tax settings to use for that, and whether it has to show on the W-2?\n\n"
        "Thanks,\n{contact}\n{title}, {company}",
    ),
]
