"""valid_fresh's wordings: a validation split written like the test split, for choices; never
trained on. Written after the test split had been read once, by another writer under the brief of
generate.py (WRITER_BATCHES)."""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "switch us to {payroll_mode} pls",
        "change group {group} to {payroll_mode} deductions",
        "what billing modes do you offer for direct bill?",
        "whats the per pay amt if we go {payroll_mode}",
        "We are moving payroll from semi-monthly to {payroll_mode} starting {month}. What will each employee's deduction be?",
        "If {person} pays her {product} policy {mode} instead of monthly, is there an extra charge for that mode?",
        "Does changing the deduction frequency change the yearly premium or only the amount taken per paycheck?",
        "Please change policy {policy} from monthly direct bill to quarterly.",
        "our new payroll company runs 26 pays a year, need the deductions recalculated for that",
        "We just switched payroll providers and from {date} everyone will be paid {payroll_mode} instead of twice a month. Can you update the billing frequency on group {group} and tell me the new per-check deduction for each person? I have to key them into the new system.",
        "A few employees asked why their deduction went up when we moved to 24 pay periods last year. I thought the yearly total stayed the same. Can you explain how the per-pay amount is worked out for each mode?",
        "We're thinking about moving group {group} from monthly to {payroll_mode} deductions. How soon would that take effect, and would anyone's per-check amount end up with a rounding difference?",
    ],
    "billing_schedule": [
        "when is the {month} bill due?",
        "never got this month's invoice",
        "resend the list bill for {group} pls",
        "what day do you generate the bills?",
        "Can you email me a copy of the {month} invoice for group {group}? I can't find it anywhere.",
        "We usually get our statement around the 10th but nothing has shown up yet for {month}.",
        "What's the due date on the bill that was generated {date}?",
        "i need copies of the last 3 invoices for our auditor",
        "Is the bill sent before or after the coverage month? trying to understand your billing cycle",
        "I'm new in this role and building a calendar. On what date each month is our list bill created, and how many days do we have before it's due? I want to line it up with payroll.",
        "Our office manager retired and I'm taking over the benefits billing. I haven't seen a bill for group {group} since {month}. Were they generated, and can you send me copies of everything from then on?",
        "{contact} here from {company}. The premium statement we just got says it's due {date}, but last month it was due on the 1st. Did our due date move?",
    ],
    "bill_reconciliation": [
        "list bill doesnt match payroll",
        "bill shows {money} but we deducted {money}",
        "{person} is on the bill but not our payroll",
        "help me reconcile the {month} list bill",
        "We remitted {money} against a bill of {money}. Can you tell me where the difference comes from?",
        "The {month} bill charges {person} at the family rate but we only deduct employee-only from his check. Can you correct that line on the bill?",
        "payroll register shows {amt} for {emp} every check but the bill has a different amount for him, why?",
        "Here are our deductions for the period: {person} {amt}, {person} {amt}. Please compare them to what you billed.",
        "Three people on our payroll deduction report aren't showing on the invoice at all.",
        "I'm trying to tie out the {month} statement for group {group} to what we actually withheld. The bill total is {money} and our payroll report comes to {money}. Can you walk me through which lines don't match?",
        "We added {count} new hires in {month} and their deductions started right away, but they're not on the list bill yet. Should I write them onto the bill and pay the higher total, or pay as billed?",
        "Our remittance for {month} was short by {money} because {person}'s deductions stopped when she went on leave. I marked her line as a missed deduction on the statement. Can you adjust the bill to match?",
    ],
    "payment": [
        "how much do we owe?",
        "did our {month} payment post?",
        "are we past due on {group}?",
        "how do i pay online",
        "We mailed check {checkno} for {money} on {date}. Has it been received?",
        "What's the grace period if our payment is a few days late this month?",
        "I'd like to pay the current balance for group {group} today. Where do I send an electronic payment?",
        "got a delinquency notice for our group, what do we have to pay to get current",
        "What's the outstanding balance on our account as of {date}?",
        "Our bookkeeper was out for two weeks and I think the {month} premium never went out. Are we still inside the grace period, and what total do we need to send so nobody lapses?",
        "We sent a wire for {money} on {date}, confirmation {checkno}. Can you confirm you got it? Our bank says it went through on their end.",
        "Can we pay the group premium by credit card? Our AP department is trying to get away from paper checks and I need to know which payment methods you accept for list billing.",
    ],
    "accounting_breakdown": [
        "premium totals by product pls",
        "need {month} premium by department",
        "split of premium by tier?",
        "break out group {group} premium per employee",
        "Can you give me a breakdown of the {month} bill by employee and by product?",
        "How much of our total premium is pre-tax versus post-tax?",
        "For year end I need the total {product} premium paid per employee last year.",
        "what did we pay in total for each coverage line in Q1",
        "Our controller wants the monthly premium split between our {count} locations.",
        "We allocate benefit costs to cost centers. Could you send the {month} premium broken down by department, with subtotals for accident, CI and hospital indemnity? A spreadsheet is fine.",
        "For the W-2s I need, for each employee, how much premium was deducted under our Section 125 plan and how much was taken after tax. Can you produce that for last year?",
        "Our board wants to see what the voluntary program costs by coverage tier: employee only, employee plus spouse, employee plus children and family. Can you give me totals for each tier for last quarter?",
    ],
    "premium_refund": [
        "when will our refund be issued?",
        "we paid {month} twice, want it back",
        "{person} died {date}, refund the extra premium",
        "wheres the refund for {person}?",
        "We overpaid the {month} bill by {money}. Can you send that back to us rather than hold it as a credit?",
        "How is the refund calculated when someone's coverage ends in the middle of a month?",
        "{person} left on {date} but we had paid through the end of the quarter. How much comes back to us?",
        "Since {person}'s tobacco status was corrected back to {date}, we're owed the rate difference. Please issue the refund.",
        "duplicate payment went out {date} for {money}, need that money returned asap",
        "An employee, {person}, passed away in {month}. Her family says premium kept coming out of her pay for two more months. Who gets that money back, and how long will it take?",
        "We were told in {month} that a refund of {money} was approved for an overpayment on group {group}. It's been six weeks and nothing has arrived. Can you check on the status?",
        "{count} employees were let go in {month} but we kept paying for them through {date} because they were still on the bill. Please refund the premium for the months after they left.",
    ],
    "policy_suspense": [
        "what's sitting in suspense for {group}?",
        "why is {money} in suspense",
        "apply the suspense money to the {month} bill",
        "any unapplied cash on our account?",
        "Our statement shows {money} as unapplied. What is it and how do we get it applied?",
        "You received our check {checkno} but it hasn't been applied to any bill. Where did the money go?",
        "Please use the suspense balance to cover {person}'s {product} premium.",
        "Why does our payment show as received but held, and not posted to the invoice?",
        "how long do you hold money in suspense before it gets applied",
        "We sent {money} on {date} for the {month} list bill, and part of it didn't match any policy and is showing as held in suspense. Which lines couldn't you match, so we can sort them out?",
        "I see a suspense balance of {money} that has been carried on group {group} since last year. Nobody here knows where it came from. Can you research it and tell us what to do with it?",
        "{person}'s premium was paid in {month} but it's parked in suspense because her policy number was wrong on our remittance. The correct number is {policy}. Please apply it.",
    ],
    "reinstatement": [
        "pol {policy} lapsed?? need it back",
        "can {person}'s coverage be reinstated?",
        "reinstate {person} {product} pls",
        "how do we reinstate a lapsed policy",
        "{person}'s {life_product} lapsed in {month} for nonpayment. What does it take to get it back in force?",
        "Is there a deadline for reinstating a policy after it lapses?",
        "Do we need health questions to reinstate {person}'s CI, or just the back premium?",
        "A payroll glitch caused {count} policies to lapse. Please put them back in force.",
        "{person} was termed by mistake on {date}, she never left us. Can you put her coverage back?",
        "We were late on the {month} remittance and the accident policies for {count} employees went to lapsed status. We've paid in full now. Can they be reinstated without new applications?",
        "{person} had a whole life policy, {policy}, that lapsed about two years ago while she was on leave. She's back at work and wants that same policy restored rather than buying a new one. Is that possible, and what would she need to submit?",
        "We ended {person}'s disability coverage when he went on unpaid leave, but he returned on {date}. What's needed to bring his DI back in force with the same benefit?",
    ],
    "benefit_change": [
        "raise {person}'s term life to {benefit}",
        "drop the rider on {policy}",
        "whats the guaranteed issue amount for CI?",
        "can {person} lower her DI benefit?",
        "{person} wants to increase her {product} benefit from {benefit} to {benefit}. Does she need evidence of insurability?",
        "Can employees add the wellness rider mid-year, or only at open enrollment?",
        "What's the maximum amount of term life an employee can elect?",
        "Please add the accidental death rider to {person}'s {life_product} policy effective {date}.",
        "{emp} wants to go from the high plan to the low plan on his hospital indemnity",
        "{person} got married last month and wants to bump her own life coverage up to {benefit}. We're a Section 125 group, so is marriage enough of a qualifying event to allow an increase outside open enrollment?",
        "Several employees have asked whether they can double their critical illness amount this year. What's the most they can take without answering health questions, and what happens above that?",
        "{person} is cutting back to part-time and is struggling with the cost. He'd like to keep his {product} coverage but reduce the benefit to the lowest level available. What are his options?",
    ],
    "tobacco_change": [
        "{person} quit smoking, update to non-tobacco",
        "change {emp} to tobacco user",
        "what counts as tobacco use? vaping?",
        "what would {person}'s rate be as a nonsmoker?",
        "{person} has been nicotine-free for a year. What form does she sign to get non-tobacco rates?",
        "We found out {person} was coded as a smoker by mistake at enrollment. Please correct the tobacco status back to {date}.",
        "Does chewing tobacco or nicotine gum count as tobacco use on your policies?",
        "{person} started smoking again, we need to report it for his {life_product} policy",
        "If {person} switches to non-tobacco, what will her {product} premium drop to?",
        "{person} signed up as a tobacco user three years ago but quit at the start of last year. He's asking whether he can be reclassified now or has to wait for open enrollment, and from what date the lower rate would start.",
        "During our wellness screening {count} employees who are billed as non-tobacco tested positive for nicotine. What's the process to change their tobacco status, and does it go back to their issue date?",
        "Please update {person}, policy {policy}, to non-tobacco. She turned in her signed tobacco-free statement to HR on {date} and I can email you a copy.",
    ],
    "dependent_change": [
        "add {person}'s {child} to her {product}",
        "remove {spouse} from {policy}, divorce is final",
        "till what age can kids stay on?",
        "cost to add a spouse to CI?",
        "{person} had a baby on {date}. How do we add the baby to her hospital indemnity?",
        "Can a domestic partner be covered as a spouse on your {product} plan?",
        "{person}'s {child} turns 26 next month. Does the child's coverage end automatically?",
        "How much more a month would {person} pay to add her {spouse} and two kids?",
        "please drop the children from {emp}'s policy, they have coverage elsewhere now",
        "{person} adopted a {child} in {month}. We're past 31 days now. Can the child still be added without health questions, and how does the tier change?",
        "{person} got married on {date} and wants to add her {spouse} to her critical illness and accident policies. What information do you need from us, and how much will her premium go up?",
        "One of our employees has a disabled adult son who is 29. Can he stay on the family accident policy as a dependent, or does he age off?",
    ],
    "termination": [
        "term {person} eff {date}, last day worked",
        "{person} quit, cancel her coverage",
        "surrender value on {policy}?",
        "notice needed to cancel an ee's policy?",
        "{person} retired on {date}. Please end all of her payroll-deducted coverage.",
        "{emp} asked us to cancel his {product} policy, effective end of this month.",
        "{person} wants to surrender her whole life policy for the cash. How does she do that?",
        "If an employee leaves the company, does their accident coverage just end on their last day?",
        "please terminate the following: {person}, {person}, {person}. all left in {month}",
        "{person} was let go on {date}. Does her coverage stop at the end of the month or on her last day? Please process the termination.",
        "We have a seasonal worker, {person}, who will be off payroll from {month} until spring. He doesn't want to keep his hospital indemnity over the winter, so please cancel it.",
        "{person} is leaving us next week after 20 years. She has a whole life policy, {policy}, and wants to know what she would get if she cashed it in.",
    ],
    "policy_loan": [
        "can {person} borrow against her WL?",
        "loan balance on {policy}?",
        "interest rate on policy loans?",
        "how to repay a policy loan",
        "{person} would like a loan of {money} from her whole life policy {policy}. How much is available?",
        "How much can {emp} borrow on his whole life policy right now?",
        "Can {person}'s loan repayments come out of payroll along with the premium?",
        "What happens if {person} never pays back the loan on {policy}?",
        "please send a loan request form for {person}, policy {policy}",
        "{person} took a loan on her whole life policy a few years ago and wants to pay it off in full now. Can you give me the payoff amount as of {date}, including accrued interest?",
        "An employee is facing a big medical bill and asked about borrowing from the cash value of his whole life policy instead of cashing it in. How long does a loan take to process, and what interest is charged?",
        "We got a notice that the loan interest on {policy} wasn't paid and was added to the balance. Can you explain how loan interest is charged and what the outstanding loan is now?",
    ],
    "bank_draft": [
        "set up EFT for {person}",
        "stop the bank draft on {policy}",
        "{person}'s draft bounced",
        "change her draft date to the 15th",
        "{person} left the company but wants to keep her {product} policy. How does she pay it from her own bank account?",
        "Please move {emp} from payroll deduction to bank draft starting {month}.",
        "{person} has a new checking account, how do we update his draft info?",
        "What day of the month do the bank drafts come out?",
        "We got notice that the EFT for policy {policy} was returned for insufficient funds. What happens now?",
        "{person} is going on unpaid leave for three months and won't get paychecks. She'd like her premiums to come out of her checking account during that time and then go back to payroll deduction when she returns. Can we set that up?",
        "One of our retirees, {person}, has been paying his whole life premium by automatic draft. He closed that account on {date} and the last draft came back. What does he need to send you to restart it from his new bank?",
        "Several employees would prefer automatic withdrawal from their bank over payroll deduction. Is that allowed while they're still active employees, and what form do they fill out?",
    ],
    "policy_maintenance": [
        "new address for {person}: {street}",
        "{person} changed her last name, pls update",
        "fix the DOB on {policy}",
        "change beneficiary on {policy}",
        "{person} moved to {state}. Please update her resident state on the policy.",
        "{person}'s employee number changed with our new payroll system, new one is {emp}. Please update your records.",
        "The date of birth on {person}'s {product} policy is wrong, it should be 4/12/1981.",
        "How does an employee change the beneficiary on their term life?",
        "Our company moved, please update the employer mailing address to {street}.",
        "{person} is divorced now and wants to take her ex-husband off as beneficiary on whole life policy {policy} and name her daughter instead. What form does she need to sign?",
        "After a merger we changed our legal name from {company} to a new name. Can you update the employer name on our group record? Nothing else about the plan is changing.",
        "{person}'s name is spelled wrong on her policy, it should end in -sky, not -ski. Can you correct it? She's worried it will cause a problem down the road.",
    ],
    "group_contract": [
        "need a copy of our master contract",
        "certificates for new hires?",
        "send the master app for {group}",
        "where can I find the policy documents",
        "Can you send me the certificate of coverage for {person}'s {product} policy?",
        "We need to amend the group contract to add a new eligible class for part-time employees.",
        "Our broker is asking for a copy of the signed master application from when we enrolled.",
        "please generate certificates for everyone who enrolled in {month}",
        "Is there an updated version of the group policy since the last rate change?",
        "We're being audited and the auditor wants the current group master policy for our accident and critical illness plans, including any amendments since {date}. Can you send PDFs?",
        "Our handbook says employees can download their certificates, but nobody can find them. Could you send a full set of current certificates for the {product} plan so we can hand them out?",
        "{person} lost the original policy document for her whole life coverage and needs a duplicate for her estate attorney. How do we request a replacement copy?",
    ],
    "claims_eligibility": [
        "was {person} covered on {date}?",
        "how does an employee file a claim?",
        "waiting period on DI?",
        "claim denied, says not eligible??",
        "{person} broke her arm on {date}. Was her accident policy in force that day?",
        "Is there a waiting period before hospital indemnity pays for a pre-existing condition?",
        "{person}'s critical illness claim was denied because her coverage wasn't effective yet. Her deductions started {date}. Can you look into it?",
        "What form does an employee need to file an accident claim, and where do they send it?",
        "Was {emp} still eligible under our plan when he was hospitalized on {date}? He was on leave then.",
        "One of our employees, {person}, was diagnosed in {month} and only enrolled in CI in January. Is there a waiting period that keeps her from claiming, or is she eligible now?",
        "{person} passed away on {date}. His term life was payroll-deducted but we missed his last deduction. Was he still covered, and how does his family start the claim?",
        "An employee's claim for her son's ER visit was denied with a note that the child wasn't an eligible dependent on the date of service. He was added in {month}. Can you check which dates he was covered?",
    ],
    "new_case_setup": [
        "we're a new group, what happens next?",
        "send the enrollment file template for new groups",
        "new location needs setup under {group}",
        "setting up a new group, who's our contact?",
        "We just signed on with you. When will our first bill be generated?",
        "Our group was just approved. When should we start taking payroll deductions?",
        "We just signed with you for accident and CI. How do I get billing portal access for {company}?",
        "How do we send you the initial enrollment data from our open enrollment? What file format do you need?",
        "Please add {contact} as the billing contact for our new group {group}.",
        "{company} finished enrollment with your enrollers last week and nobody has told us what happens next: when the first list bill comes, when to start deductions, who our contact is. Can you walk me through the setup?",
        "We bought another company and their {count} employees will join our voluntary plans on {date}. Do we set them up as a new location under our group, or does it need to be its own case?",
        "I'm the payroll lead for a brand-new group, {group}, with an effective date of {date}. I need each employee's deduction amount before our first payroll so I can load them. How will you send those?",
    ],
    "portal_help": [
        "locked out of the portal",
        "reset my password pls",
        "upload keeps failing",
        "how do I add a user to the portal?",
        "I get 'file format invalid' when I upload the remittance CSV.",
        "Where in the billing portal do I download the list bill as Excel?",
        "{contact} left the company, please remove her portal access.",
        "the portal says my session expired every time i log in, tried two browsers",
        "The submit button on the online bill page is greyed out. What am I missing?",
        "I'm trying to give our new payroll clerk access to the billing site. I set her up as a user, but she says she never got the activation email. Can you resend it or tell me what I did wrong?",
        "Every time I try to download the {month} invoice from the portal I get a blank page. I need it today for month-end close. Is the site having problems?",
        "I got a text with a verification code but the portal says it's invalid. I requested three codes and now it says my account is locked for 30 minutes.",
    ],
    "group_cancellation": [
        "we want to cancel our whole group",
        "switching carriers {date}, cancel our plan",
        "how do we end our group plan?",
        "closing the business, cancel everything",
        "We're moving all our voluntary benefits to another carrier on {date}. What's the process to terminate group {group}?",
        "The owner is thinking about dropping the voluntary plans because of the cost. What notice do we have to give?",
        "{company} is being sold and the new owner won't keep this program. How do we wind it down?",
        "Our rates went up again and we're considering ending the program. Before we decide, what are our options?",
        "What happens to employees' coverage if we terminate our group plan?",
        "Participation is down to {count} employees and the admin work isn't worth it for us anymore. We'd like to end the group at the end of {month}. Please tell me what you need from us.",
        "After the merger our parent company is consolidating all benefits with one carrier, so we'll be leaving you effective {date}. What do we need to sign to close out our group?",
        "I'm the owner of {company}. We're shutting down operations on {date} and laying everyone off. I need to cancel our group and make sure nothing is billed after that.",
    ],
    "coverage_inquiry": [
        "what coverage does {person} have?",
        "is {policy} active?",
        "how many enrolled in CI?",
        "{person}'s {product} benefit amount?",
        "What is {person}'s monthly premium for the {product} policy?",
        "Can you list everyone in group {group} who is enrolled in hospital indemnity?",
        "When did {emp}'s term life become effective?",
        "Does {person} have spouse coverage on her accident policy or just herself?",
        "whats the status of policy {policy}, still in force or lapsed",
        "{person} is asking what she's signed up for through us. She thinks she has accident and cancer coverage but can't remember the amounts. Can you tell me her policies, benefit amounts and what she pays?",
        "For our benefits renewal meeting I need a count of how many employees have each product and how many of them cover dependents. Can you pull that for group {group}?",
        "We're doing a payroll audit. Please confirm the paid-to date and the coverage tier for {person}, policy {policy}, as of today.",
    ],
    "human_agent": [
        "let me talk to a real person",
        "agent please",
        "can someone call me back?",
        "i want a human",
        "Please have an account representative call me at {phone}.",
        "I'd rather speak with someone on your billing team directly. Who can I call?",
        "This bot isn't helping. Transfer me to a representative.",
        "Could someone from your group services team give me a call this afternoon?",
        "is there a live person i can chat with instead",
        "I've been going back and forth on this for a week and I need someone who can actually look at our account. Please have a service rep call me at {phone} or email me at {email}.",
        "I'm not comfortable handling this over chat. I'd like to speak with our assigned account manager. Can you connect me, or have them reach out today?",
        "Our old contact there always took our calls directly, but she's gone now. Can you get me to whoever handles {company}'s account? I'd like to talk by phone.",
    ],
    "greeting": [
        "hi",
        "Hello there",
        "good morning!",
        "hey, anyone there?",
        "Hi, this is {contact} from {company}.",
        "Good afternoon.",
        "Hello, {title} at {company} here.",
        "hi there, hope you're having a good day",
        "Hello, is this the employer billing assistant?",
        "Good morning! My name is {contact}, I'm the {title} for {company}, group {group}. Give me a minute to pull up my notes.",
        "Hi there. I'm new to handling our company's voluntary benefits and was told to start here. One second while I get my list together.",
        "Hello, it's {contact} again from {company}. We chatted last week.",
    ],
    "goodbye": [
        "thanks, bye",
        "that's all, thank you",
        "perfect, thanks!",
        "ok got it, thx",
        "Thank you for your help today, that answers my question.",
        "Great, that's everything I needed. Have a good one.",
        "Appreciate it, I'll take it from here.",
        "no more questions, thanks so much",
        "Awesome, you've been very helpful. Goodbye!",
        "That clears it up. I'll let our payroll team know. Thanks again for your patience!",
        "Thank you! That was much faster than calling. I'm all set for now and will reach out if anything else comes up.",
        "OK, I think we're done here. Thanks for walking me through it, and have a great weekend.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # other insurance lines
    "Our health insurance premium went up 12% at renewal, can you get us a better rate?",
    "how do i add my wife to our dental plan",
    "What does our vision plan cover for contact lenses?",
    "An employee wants to roll her old 401(k) into ours, what form does she need?",
    "How do we file a workers' comp claim for an injury in the warehouse?",
    "Can you quote general liability for our roofing business?",
    "Our commercial auto policy renews next month. Can you review the coverage limits on our trucks?",
    "will my homeowners policy cover hail damage to the roof?",
    "My car was rear-ended yesterday, how do I start a claim on my auto insurance?",
    "An employee's dental claim for a crown was denied. Can you appeal it for her?",
    "What's the COBRA premium for our medical plan?",
    "Our workers comp premium audit says we owe more. Is that right?",
    "I need a certificate of insurance for our general liability to give to a client.",
    "Do you offer pet insurance as an employee perk?",
    "Our medical plan open enrollment is next month. How do we set up the enrollment meeting with the health carrier?",
    "Our flood insurance premium is due, can I pay it here?",
    "Is it worth getting an umbrella policy for my business?",
    "how do I stop the 401k deduction for an employee who opted out",
    "Our HSA contributions aren't showing up in employees' accounts.",
    "Our employee assistance program vendor never sent us an invoice this quarter.",
    # payroll software
    "How do I change an employee's federal tax withholding in our payroll software?",
    "Gusto won't let me run payroll, it says bank verification failed",
    "How do I set up a new pay schedule in ADP?",
    "can you reset my password for QuickBooks",
    "Our payroll system double-paid two people's wages on Friday. How do I reverse the direct deposit?",
    # HR / employment law
    "Is a salaried employee entitled to overtime?",
    "How many weeks of FMLA leave can an employee take?",
    "Can we fire someone for posting about the company on Facebook?",
    "Is it legal to require a drug test before hiring?",
    "How do I terminate an employee who keeps no-showing without getting sued?",
    "How many vacation days are standard for new hires?",
    "how do I report a new hire to the state?",
    "What's the minimum wage in Nebraska this year?",
    # taxes
    "What's the deadline to file our 941 this quarter?",
    "Do I need to send a 1099 to our cleaning contractor?",
    "How do I calculate the employer share of Social Security and Medicare?",
    "Where do I find our state unemployment tax rate notice?",
    "What's the IRS mileage reimbursement rate this year?",
    # general knowledge / other requests
    "What's the capital of Australia?",
    "Can you help me write a job posting for a forklift driver?",
    "Can you recommend a good PEO for a 30-person company?",
    "Can you translate our employee handbook into Spanish?",
    "my excel formula isn't summing the column right, can you fix it",
    "Which is better for retirement, a Roth IRA or a traditional IRA?",
    "Can you explain how the stock market works?",
    # chit-chat / jokes
    "tell me a joke",
    "who won the game last night?",
    "What's the weather going to be like tomorrow in Omaha?",
    "what's a good lunch spot near downtown Lincoln?",
    "do you ever get tired of talking about insurance lol",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "bill_reconciliation",
        (),
        "Hi,\n\n"
        "I'm working through the {month} list bill for group {group} and it doesn't tie to our payroll register. "
        "The statement total is {money}, but what we withheld across the two pay periods comes to {money}. "
        "I've checked our side twice.\n\n"
        "Could you tell me which employees account for the difference? I suspect a couple of new hires and one "
        "person who moved to family coverage, but I can't see it line by line.\n\n"
        "Thank you,\n{contact}\n{title}, {company}",
    ),
    (
        "billing_mode",
        (),
        "Good morning,\n\n"
        "Starting {date} our company is changing its pay schedule from semi-monthly to {payroll_mode}. We'd like "
        "the voluntary benefit deductions for group {group} to follow the new schedule.\n\n"
        "Please let me know what we need to do to change the billing frequency and what each employee's per-check "
        "deduction will become, so I can update our payroll system before the first run.\n\n"
        "Regards,\n{contact}\n{company}\n{phone}",
    ),
    (
        "dependent_change",
        (),
        "Hello,\n\n"
        "{person}, one of our warehouse employees, welcomed a new baby on {date}. He currently has employee-only "
        "accident coverage and would like the baby added.\n\n"
        "Can you tell me what you need from us to add the child, and how much his premium will change with the "
        "new tier?\n\n"
        "Thanks so much,\n{contact}\n{title}",
    ),
    (
        "tobacco_change",
        ("premium_refund",),
        "Hi there,\n\n"
        "{person} (policy {policy}) was enrolled as a tobacco user when she signed up for critical illness, but she "
        "quit well over a year ago and has now signed the tobacco-free statement. Please change her to the "
        "non-tobacco rate effective {date}.\n\n"
        "She has been paying the higher rate since then, so please also refund the difference to us so we can "
        "pass it back to her.\n\n"
        "Best,\n{contact}\n{company}",
    ),
    (
        "termination",
        ("premium_refund",),
        "Hello,\n\n"
        "{person} resigned and her last day was {date}. Please terminate her accident and hospital indemnity "
        "coverage as of that date.\n\n"
        "We already paid the {month} bill, which still included her. Whatever premium we paid for her after her "
        "coverage ended, please refund it to us.\n\n"
        "Thank you,\n{contact}\nPayroll, {company}",
    ),
    (
        "reinstatement",
        ("payment",),
        "Hi,\n\n"
        "We had a mix-up in accounts payable and the {month} premium for group {group} was never sent. I just saw "
        "a notice that {count} policies have lapsed as a result. These employees never asked to cancel, and we "
        "want their coverage back in force as soon as possible.\n\n"
        "Also, please confirm the exact amount we owe right now so I can get a check out today.\n\n"
        "Thanks,\n{contact}\n{title}\n{company}",
    ),
    (
        "policy_loan",
        (),
        "Hello,\n\n"
        "One of our long-time employees, {person}, has a whole life policy through our payroll plan (policy "
        "{policy}). She is asking whether she can borrow against it to cover some home repairs.\n\n"
        "Could you let me know how much she could take as a loan right now, what interest rate applies, and how "
        "she would pay it back?\n\n"
        "Many thanks,\n{contact}",
    ),
    (
        "bank_draft",
        (),
        "Good afternoon,\n\n"
        "{person} retired from {company} on {date}. He wants to keep his whole life policy and keep paying for it "
        "himself now that the premium can't come out of his paycheck.\n\n"
        "What does he need to do to have the premium drafted from his personal checking account? Is there a form "
        "we should give him?\n\n"
        "Thank you,\n{contact}\n{title}",
    ),
    (
        "policy_maintenance",
        (),
        "Hi,\n\n"
        "{person} recently moved and asked me to update her address on all of her policies. Her new address is "
        "{street}.\n\n"
        "Please note that she now lives in {state}. Let me know if she needs to sign anything for the change.\n\n"
        "Thanks,\n{contact}\nHR, {company}",
    ),
    (
        "group_contract",
        (),
        "Hello,\n\n"
        "Our new CFO has asked for a copy of the group master contract and the signed master application for our "
        "voluntary accident and critical illness plans, group {group}. I can't find either in our files from when "
        "we first enrolled.\n\n"
        "Could you send PDFs of both, including any amendments?\n\n"
        "Kind regards,\n{contact}\n{title}, {company}",
    ),
    (
        "claims_eligibility",
        (),
        "Hello,\n\n"
        "{person} was injured in a car accident on {date} and is filing a claim under her accident policy. Her "
        "deductions began only a few weeks before that, and she's worried the coverage hadn't started yet.\n\n"
        "Can you confirm whether she was covered on the date of the accident and, if she was, where she should "
        "send the claim form?\n\n"
        "Thank you,\n{contact}",
    ),
    (
        "new_case_setup",
        ("portal_help",),
        "Hi,\n\n"
        "{company} just finished enrolling employees in your accident and hospital indemnity plans with an "
        "effective date of {date}. I'll be handling billing and haven't received any instructions yet. When will "
        "our first bill be generated, and when should we start taking deductions?\n\n"
        "Separately, I tried to log in to the billing portal with the temporary password I was given and it says "
        "the password has expired. Can you reset it?\n\n"
        "Thanks,\n{contact}\n{title}\n{phone}",
    ),
    (
        "portal_help",
        (),
        "Hello,\n\n"
        "Every time I try to upload our remittance file in the billing portal I get an error that says "
        "'Row 1: invalid column header'. I'm using the template I downloaded from the portal last month and "
        "haven't changed anything in it.\n\n"
        "Is there a new file format, or is something wrong on your end? I need to get it submitted this week.\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "group_cancellation",
        (),
        "Dear Sir or Madam,\n\n"
        "After a lot of discussion, the partners at {company} have decided to move our voluntary benefits to "
        "another carrier when our plan year ends on {date}. Please take this as our notice to end group "
        "{group}.\n\n"
        "Let me know what you need from us in writing and what will happen to the employees' existing "
        "policies.\n\n"
        "Sincerely,\n{contact}\n{title}",
    ),
    (
        "coverage_inquiry",
        (),
        "Hi,\n\n"
        "We're doing our annual benefits audit and I need to confirm a few details for {person}, policy {policy}. "
        "What products does she have with you, what are the benefit amounts, and what is her current monthly "
        "premium?\n\n"
        "I'd also like to know whether her {spouse} is covered on any of them.\n\n"
        "Thank you,\n{contact}",
    ),
    (
        "human_agent",
        (),
        "Hello,\n\n"
        "I've tried the chat twice about a problem with our account and haven't gotten anywhere. I'd really like "
        "to speak with an actual person on your billing team who can look at group {group} with me.\n\n"
        "Please have someone call me at {phone}. I'm in the office until 4 pm.\n\n"
        "{contact}\n{title}, {company}",
    ),
    (
        "payment",
        (),
        "Hi,\n\n"
        "We received a past-due notice for group {group} today. I thought our {month} check (number {checkno}, "
        "for {money}) went out on time.\n\n"
        "Can you check whether you received it and let me know if we still owe anything? I want to make sure "
        "nobody's coverage is affected.\n\n"
        "Thanks,\n{contact}",
    ),
    (
        "billing_schedule",
        (),
        "Good morning,\n\n"
        "We still haven't received the list bill for {month}. It normally arrives by the middle of the month "
        "before, and I use it to set up our deductions.\n\n"
        "Could you email me a copy and tell me the due date? If bills are now only sent electronically, please "
        "let me know that too.\n\n"
        "Regards,\n{contact}\nAccounting, {company}",
    ),
    (
        "accounting_breakdown",
        (),
        "Hello,\n\n"
        "Our finance team allocates benefit costs to departments, and they've asked me for last quarter's "
        "voluntary premium broken down by department and by product (accident, CI, hospital indemnity, life).\n\n"
        "Is that something you can produce? A spreadsheet with employee-level detail would be ideal so we can map "
        "each person to a cost center.\n\n"
        "Thank you,\n{contact}\n{title}",
    ),
    (
        "premium_refund",
        (),
        "Hi,\n\n"
        "By mistake our AP department paid the {month} invoice for group {group} twice, once by check and once "
        "by wire, each for {money}. Please refund the duplicate rather than holding it as a credit.\n\n"
        "Let me know how long the refund will take and where it will be sent.\n\n"
        "Thanks,\n{contact}\nController, {company}",
    ),
    (
        "policy_suspense",
        (),
        "Hello,\n\n"
        "Our latest statement shows {money} as unapplied money held in suspense on group {group}. I believe it's "
        "from a payment we sent on {date} that may have had the wrong invoice number on it.\n\n"
        "Can you tell me what that money is and apply it to our current bill?\n\n"
        "Best regards,\n{contact}",
    ),
    (
        "benefit_change",
        ("dependent_change",),
        "Hi,\n\n"
        "{person} got married this month and wants to increase her own term life from {benefit} to {benefit}. "
        "Does she need to answer health questions for that amount, or is it within the guaranteed issue "
        "limit?\n\n"
        "She'd also like to add her new {spouse} to her accident policy. What do you need from us for that?\n\n"
        "Thanks,\n{contact}\n{title}, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Hi,\n\n"
        "Our group medical plan renews on {date} and the premium is going up almost 15%. Can you send me quotes "
        "for other medical plans, or tell me how we could bring the renewal down?\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "out_of_scope",
        (),
        "Hello,\n\n"
        "We're switching payroll software providers and I'm trying to figure out how to set up the 401(k) and HSA "
        "deductions in the new system. The earning and deduction codes are completely different from what we "
        "had.\n\n"
        "Do you have a guide for configuring those codes?\n\n"
        "Regards,\n{contact}\n{title}",
    ),
    (
        "out_of_scope",
        (),
        "Good afternoon,\n\n"
        "One of our employees has asked whether we are required to give her unpaid leave to care for her mother, "
        "and if so, for how long. We have about 60 employees, all in {state}.\n\n"
        "Can you tell me what the law requires of us?\n\n"
        "Thank you,\n{contact}\nHR, {company}",
    ),
    (
        "policy_maintenance",
        ("group_contract",),
        "Hi,\n\n"
        "{person} wants to change the beneficiary on her whole life policy {policy} from her late husband to her "
        "two children. Please send the change of beneficiary form or tell me how she can submit the change.\n\n"
        "She also asked for a new copy of her certificate, since she can't find the one she was given. Can you "
        "mail or email one?\n\n"
        "Thank you,\n{contact}",
    ),
    (
        "bill_reconciliation",
        ("termination",),
        "Hello,\n\n"
        "The {month} list bill for group {group} comes to {money}, but our deductions only total {money}. Several "
        "lines don't match what we took from paychecks and I can't tell why. Could you go through the "
        "differences with me and correct the bill where it's wrong?\n\n"
        "Unrelated: {person} left the company on {date}. Please end her coverage effective that day.\n\n"
        "Thanks,\n{contact}\n{title}\n{company}",
    ),
    (
        "payment",
        ("billing_schedule",),
        "Hi,\n\n"
        "We want to make sure we're current before the grace period runs out. What is the total amount due on "
        "group {group} right now, and can we pay it over the phone?\n\n"
        "Also, we never got a copy of the {month} invoice. Please email one for our records.\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "dependent_change",
        ("coverage_inquiry",),
        "Hello,\n\n"
        "{person} got married on {date} and would like to add her new {spouse} to her critical illness coverage. "
        "Please let me know which form we need and whether there's a deadline.\n\n"
        "While you're at it, could you tell me what coverage she currently has with you? I'm not sure if she has "
        "CI only or accident too.\n\n"
        "Thanks,\n{contact}\n{title}",
    ),
    (
        "group_cancellation",
        ("accounting_breakdown",),
        "Good morning,\n\n"
        "Our owner is seriously considering ending the voluntary benefits program at the end of the year because "
        "of the administrative burden. Before he decides, I'd like to understand what ending the group would "
        "involve and how much notice you need.\n\n"
        "For that meeting, could you also send me the last 12 months of premium totals split by product? It "
        "would help us see what employees actually use.\n\n"
        "Thank you,\n{contact}\nOffice Manager, {company}",
    ),
]
