"""Third batch of wordings (training only), written after the error analysis on the valid split.

The weak intents (coverage_inquiry, payment, policy_maintenance, benefit_change) and the intents
they were confused with lacked whole kinds of wording: look-ups phrased as "pull up / what do you
show / according to your records", counts and lists, payment status told as a story ("AP says the
check cleared"), maintenance requests told as life facts with the new value, rider and benefit
questions phrased as limits. Boundary rules of INTENTS.md are followed entry by entry (e.g. "is
X listed as a smoker?" is coverage_inquiry, "X is wrongly listed as a smoker" is tobacco_change;
"was X covered on the day of the accident" is claims_eligibility; "when is the bill due" is
billing_schedule, "what do we owe" is payment).

generate.py adds these to the TRAIN split only, after valid and test are fixed, so the valid and
test splits (and every figure measured on them) stay exactly comparable with earlier models. An
entry that is a near-copy of any template of any split is dropped (rapidfuzz ratio >= 80 within
its intent, >= 90 across intents), so no valid/test wording leaks into training.
"""

EXTRA_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "{person} cov?",
        "coverage {person}",
        "{person} coverage info pls",
        "coverage for {person}?",
        "{person} - what coverage?",
        "what's on file for {person}",
        "Does your system have {person} as tobacco or non-tobacco?",
        "Can you pull up what {person} is currently enrolled in?",
        "According to your records, what products does {person} carry?",
        "What do you show for {person} on group {group}?",
        "I need a summary of {person}'s coverage for an HR file.",
        "Which of our employees are enrolled in {product} right now?",
        "How many people on group {group} have active policies?",
        "Give me a count of enrollees by product for our group.",
        "What's the current premium on policy {policy}?",
        "How much is being deducted for {person}'s {product} each pay period?",
        "What is the annual premium for {person}'s {life_product}?",
        "Is policy {policy} in force?",
        "What's the current status of {person}'s {product} policy - active, lapsed or terminated?",
        "When was {person}'s {product} issued?",
        "What date did {person}'s coverage become effective?",
        "When is the anniversary date on policy {policy}?",
        "Through what date is {person}'s policy paid?",
        "Who are the insureds on policy {policy}?",
        "Is {person}'s {spouse} covered on her {product}?",
        "Are {person}'s kids listed on her {product} policy?",
        "What coverage level did {person} choose - employee only or family?",
        "What's the death benefit on policy {policy}?",
        "How much would {person}'s {product} pay out - what's the benefit amount?",
        "What's the daily hospital benefit on {person}'s hospital indemnity plan?",
        "What's the monthly disability benefit {person} has?",
        "Can you confirm {person} has {product} with you and how much it is?",
        "Do we have anyone enrolled in {product}?",
        "How many employees signed up for {product} at open enrollment?",
        "Send me a list of everyone on group {group} and what they have.",
        "Is {person} still showing as active on your side?",
        "We need to know what {person} had in force as of {date}.",
        "What's {person} paying in total for all her policies?",
        "What's the premium on {person}'s policy {policy}?",
        "Is {person} enrolled in anything with you?",
        "Is there a policy on file for {person}?",
        "Does {person} have any coverage with you at all?",
        "Look up {person} for me please - what products and premiums?",
        "Which plan option is {person} on, high or low?",
        "What is the cash value on policy {policy} right now?",
        "what does {person} have and what does it cost",
        "how many active certificates does group {group} have",
        "I need to verify coverage for {person}, policy {policy}.",
        "What tier and premium are on file for {person}?",
        "What is the current coverage amount on policy {policy}?",
        "How many lives are covered under our group?",
        "Is {person}'s policy still active after her leave of absence?",
        "Can you tell me the issue age and issue date on policy {policy}?",
        "What's listed as the tobacco status on {person}'s policy?",
        "Is {person} billed as a smoker or a non-smoker?",
    ],
    "payment": [
        "Do we have any unpaid invoices?",
        "Is anything unpaid on our account?",
        "Do you accept company credit cards?",
        "How much do we need to send to cover {month}?",
        "What's the balance due on group {group} as of today?",
        "Can you tell me the total we owe, including anything past due?",
        "We show a zero balance - do you agree or do we owe something?",
        "Our AP department says the check cleared on {date}. Can you confirm you have it?",
        "I mailed our premium check {checkno} last week - has it arrived yet?",
        "Did our ACH for {money} on {date} post to the account?",
        "Has the {money} we wired on {date} shown up on your end?",
        "Can you verify our {month} premium was received and posted?",
        "We paid online on {date}; is the payment showing?",
        "Is our payment for the {month} list bill posted yet?",
        "Our bank shows the payment went through - does your system show it?",
        "Are we delinquent on any of our policies?",
        "We got a lapse warning letter - how do we pay today to avoid it?",
        "How many days of grace do we get on the premium?",
        "Is there a grace period on group premiums and how long is it?",
        "If we pay {money} today will that bring us current?",
        "What's the payoff amount to clear our past-due balance?",
        "Can we pay part of the balance now and the rest next week?",
        "Who do we make the premium check payable to?",
        "What's your remittance address for checks?",
        "Can I pay our premium by phone with a card?",
        "Do you accept wire transfers? If so, send me the bank details.",
        "How do I pay the {month} invoice through the portal?",
        "We want to pay the bill for group {group} electronically - what are the options?",
        "Is it too late to pay the {month} premium?",
        "Are we still in the grace period for {month}?",
        "How far behind are we on premium?",
        "We owe for {month} and {month}; what's the total?",
        "Please let me know the amount to send so our policies don't lapse.",
        "What happens to employees' coverage if our payment is late?",
        "We received a past due notice but paid {money} on {date} - please check.",
        "Did our payment make it in before the due date?",
        "Do we have an outstanding balance?",
        "What's owed on policy {policy}?",
        "How much is past due on {person}'s policy {policy}?",
        "Please confirm the premium for group {group} is paid through {month}.",
        "I'd like to pay {money} now - how?",
        "We need to make a payment on our account. Can you help?",
        "Is there a convenience fee for paying by credit card?",
    ],
    "policy_maintenance": [
        "{person} just moved - new address is 418 Maple Drive, Lincoln NE 68502.",
        "Please change {person}'s address on policy {policy} to 77 River Rd.",
        "{person}'s mailing address is out of date, she now lives at 12 Pine Court.",
        "We have the wrong birth date for {person}; it should be {date}.",
        "{person}'s DOB on file doesn't match her driver's license, please correct it.",
        "{person} was married last month, her new name is {person}.",
        "{person} legally changed his name; what paperwork do you need?",
        "Please update the last name on policy {policy}, the insured remarried.",
        "{person}'s payroll ID changed to {emp} after our system switch.",
        "Our employee numbers changed - please map {person} to {emp}.",
        "{person} wants to make her {child} the beneficiary on policy {policy}.",
        "Can {person} split her beneficiaries 50/50 between her children?",
        "{person}'s beneficiary passed away; she needs to name a new one.",
        "How do we send you a beneficiary change form for {person}?",
        "{person} relocated to Colorado, please update her state of residence.",
        "{person} moved out of state - does her policy record need a new state?",
        "Update the state on {person}'s policy, she lives in Missouri now.",
        "Our company's legal name changed effective {date}; please update group {group}.",
        "Please update the employer's mailing address to 500 Commerce Blvd, Suite 2.",
        "The group's contact address should be our new headquarters.",
        "There's a typo in {person}'s first name on the certificate.",
        "{person}'s middle initial is wrong on her policy.",
        "{person}'s name is spelled wrong in your system - it's {person}.",
        "Change the phone number on file for {person}.",
        "Who can update personal details like address and DOB for our employees?",
        "Please correct {person}'s birthday, we keyed it in wrong at enrollment.",
        "Can we change the beneficiary online or do we need a form?",
        "{person} wants her estate removed as beneficiary and her {spouse} added.",
        "The insured's date of birth on certificate {policy} is off by a year.",
        "need to correct the employee ID on policy {policy}",
        "{person} has a new email address; please update her contact info.",
        "The address you have for our company is our old office.",
    ],
    "benefit_change": [
        "{person} wants to bump her {product} up to the next benefit level.",
        "Can {person} increase her {life_product} to {benefit} without answering health questions?",
        "What's the guaranteed issue limit on {life_product} for new hires?",
        "Up to what amount is {product} guaranteed issue?",
        "Is there a maximum benefit amount on {product} for employees over 60?",
        "What's the highest benefit level an employee can choose on {product}?",
        "{person} wants to cut her {product} benefit in half to lower the premium.",
        "Please reduce {person}'s {product} benefit to {benefit} effective {date}.",
        "{person} asked to drop the accidental death rider from policy {policy}.",
        "Can we add a return of premium rider to {person}'s policy?",
        "{person} would like the cancer rider removed from her {product}.",
        "Is it possible to add a rider after the policy is issued?",
        "When are employees allowed to change their benefit amounts?",
        "Can benefit levels be changed only at open enrollment or any time?",
        "Does {person} need a qualifying life event to raise her coverage?",
        "{person} got a raise; can her disability benefit go up to match?",
        "We want to offer a higher maximum benefit on {product} next plan year.",
        "How much life coverage can a spouse-less employee elect without EOI?",
        "Can {person} go from {benefit} to {benefit} of {life_product}?",
        "{person} wants to switch from the basic plan to the enhanced plan.",
        "Can {person} downgrade to the low option on her {product}?",
        "Please increase the benefit on policy {policy} to {benefit}.",
        "What are the limits on how much coverage we can add mid-year?",
        "Is there a waiting period before an increase in coverage takes effect?",
        "Can we raise the group's {product} benefit schedule at renewal?",
        "{person} wants less coverage - how does she reduce it?",
        "What is the minimum benefit amount {person} can keep on {product}?",
        "{person} wants to add the disability waiver rider to her {life_product}.",
    ],
    "termination": [
        "{person} quit on {date}; please end her coverage.",
        "{person} resigned - stop his deductions and cancel the policies.",
        "{person} retired last week, what happens to her {product}?",
        "Cancel all coverage for {person}, her last day is {date}.",
        "{person} asked us to cancel her {product} policy.",
        "{person} was let go on {date}. Please term her.",
        "How much notice do you need to terminate an employee's coverage?",
        "What is the surrender value on {person}'s {life_product}?",
        "{person} wants to surrender policy {policy} for the cash.",
        "Does coverage end on the last day worked or end of month?",
        "{person} passed away; how do we end her policy?",
        "Term {person} effective {date}.",
    ],
    "tobacco_change": [
        "{person} is wrongly listed as a tobacco user on her policy.",
        "{person} was mistakenly coded as a smoker on certificate {policy}; please fix it.",
        "{person} quit smoking two years ago - can her premium be lowered?",
        "{person} stopped vaping in {month}; when can she move to non-tobacco rates?",
        "Our system shows {person} as a smoker but that was an error.",
        "{person} is showing as tobacco on her policy but she doesn't smoke - please correct.",
        "We coded {person} as a smoker by error; she should be non-tobacco.",
        "{person} stopped chewing tobacco two years ago, can she get the non-tobacco rate?",
        "{person} gave up cigarettes - how does she get the lower premium?",
        "{person} is rated smoker on policy {policy} in error.",
        "Wrong tobacco status on {person}'s certificate, she is a non-user.",
        "{person} kicked the nicotine habit, please re-rate him as a non-smoker.",
        "How long does someone have to be nicotine-free to qualify for non-tobacco rates?",
        "{person} is a non-smoker but the policy says smoker. Please fix.",
        "{person} started using nicotine pouches - do we need to update her status?",
        "Please change {person} to non-tobacco on policy {policy}.",
        "{person} has been tobacco-free 12 months; switch her to the non-tobacco rate.",
        "Does vaping count as tobacco use for the rates?",
        "What will {person}'s premium be if she's changed to non-smoker?",
        "{person} was rated tobacco by mistake at enrollment.",
        "{person} picked up smoking again - please update her tobacco status.",
    ],
    "claims_eligibility": [
        "How long after enrolling before {product} pays a claim?",
        "Is there a waiting period for new enrollees before benefits pay out?",
        "Is {person}'s {child}'s fracture covered under her {product}?",
        "Would {person}'s ER visit on {date} be covered?",
        "Was {person} insured when she was injured on {date}?",
        "Is there a waiting period before {product} benefits can be used?",
        "Can {person} claim for an injury from before her policy started?",
        "Does {person}'s accident policy cover her son's sports injury?",
        "Was {person} covered on {date}, the day she was hurt?",
        "{person} had surgery on {date}; was her {product} in force then?",
        "Is {person} eligible to file a claim for her {child}'s ER visit?",
        "What is the waiting period before {person} can claim on {product}?",
        "{person}'s claim was denied saying she wasn't covered - can you check?",
        "How does {person} file a claim for her hospital stay?",
        "Does a pre-existing condition limit {person}'s claim on {product}?",
        "{person} broke her wrist on {date}, was she eligible for benefits then?",
        "How soon can a new hire use the {product} benefit?",
    ],
    "billing_schedule": [
        "What's the payment due date for our {month} bill?",
        "By what date does the {month} invoice need to be paid?",
        "When is our premium due each month?",
        "due date for the current statement?",
        "When is the {month} premium bill due?",
        "What day will the next invoice be generated?",
        "We never got our {month} statement - can you resend it?",
        "Please send a copy of the bill for group {group}.",
        "What is the due date for the invoice you just sent?",
        "When do you mail list bills for group {group}?",
        "Can I get the last three invoices as PDFs?",
        "Our {month} bill never arrived by email.",
    ],
    "policy_suspense": [
        "We included more than the bill with our check - is the excess in suspense?",
        "Our last payment was larger than the invoice; is the difference sitting unapplied?",
        "Money we sent last month isn't showing against any bill - is it unapplied?",
        "We paid more than the invoice; where did the extra money go?",
        "Our {money} payment arrived but hasn't been applied to group {group}.",
        "Is there a credit sitting unapplied on our account?",
        "You cashed our check but the funds were never applied to a policy.",
        "There's money held in suspense on {person}'s policy - please apply it.",
        "How do we clear the suspense balance on our account?",
        "The extra {money} from our last remittance - is it being held somewhere?",
        "Our payment posted but nothing was applied - is it sitting unapplied?",
        "There's {money} of unapplied cash on our account, where should it go?",
        "Please apply the {money} in suspense to the {month} bill.",
        "Why is part of our check being held and not applied?",
        "We overpaid a bit last month - is the extra being held in suspense?",
        "You received our check but the bill still shows open; is it unapplied?",
        "How do we get the suspense balance applied to {person}'s policy?",
        "what's in suspense for group {group}",
    ],
    "premium_refund": [
        "We were charged twice for {month}; please reverse one and send the money back.",
        "Please return the duplicate {money} payment.",
        "Can we get back the {money} we paid in error?",
        "We'd like a refund of the premium we sent by mistake.",
        "{person} left in {month} and we kept paying her premium - we want that money back.",
        "Send us a check for the overpayment on group {group}.",
        "We overpaid by {money} - please send us a refund.",
        "We paid the {month} bill twice; can we get one payment back?",
        "{person} terminated in {month} but premium was still paid - refund please.",
        "When will we receive the refund check for the duplicate payment?",
        "{person} passed away on {date}; please refund premium paid after her death.",
        "How is the refund calculated when a policy is cancelled mid-month?",
        "Can the {money} overpayment be returned to us instead of credited?",
        "What's the status of the refund we requested on {date}?",
    ],
    "reinstatement": [
        "If we catch up on the missed premium, will coverage be restored?",
        "Can we pay the overdue premium to get the policies back in force?",
        "Our group lapsed for non-payment; if we pay the back premium can it be reinstated?",
        "{person}'s policy lapsed - how does she get it back in force?",
        "Can policy {policy} be reinstated if we pay what's owed?",
        "What do we need to do to reinstate coverage that terminated on {date}?",
        "{person} wants her lapsed {product} put back in force.",
        "Is a health statement required to reinstate a lapsed policy?",
    ],
    "dependent_change": [
        "Is evidence of insurability required to add a {child}?",
        "Does {person}'s {spouse} have to answer medical questions to be added?",
        "Remove {person} from {person}'s family coverage after the divorce.",
        "{person}'s {child} turned 26, take him off her policy.",
        "Add {person}'s {relation} to her {product} effective {date}.",
        "{person} wants to add her new {spouse} to her {product}.",
        "Does adding a {child} require health questions?",
        "Please remove {person}'s ex-{spouse} from the policy.",
        "How much more is it to add a {child} to {person}'s coverage?",
        "Until what age can children stay on the policy?",
        "{person} adopted a {child}; how do we add the child?",
    ],
    "bank_draft": [
        "{person} left the company; how can she keep her {product} and pay you herself?",
        "Can a former employee continue her policy by paying from her own bank account?",
        "{person} is retiring and wants to keep her {life_product} - how does she pay for it now?",
        "{person} is leaving but wants to keep her policy and pay from her bank account.",
        "How does a former employee keep paying for her {product} directly?",
        "Set up a bank draft for {person} on the {count}th of each month.",
        "{person}'s bank draft bounced - what happens now?",
        "Please move {person} from payroll deduction to automatic bank draft.",
        "{person} changed banks; update her EFT account.",
        "Stop the bank draft on policy {policy}.",
    ],
    "billing_mode": [
        "switch policy {policy} to {mode} billing",
        "premium mode on {policy} should be {mode}",
        "pol {policy} mode to {mode} pls",
        "Please change how often policy {policy} is billed.",
        "our pay cycle is changing, please redo the deduction amounts",
        "switching pay schedule - deductions need recalculating",
        "new pay schedule starting {date}, recalc per-pay premiums",
        "Change the premium mode on policy {policy} to {mode}.",
        "Can {person} pay her direct-bill policy {mode}?",
        "We're switching payroll to {payroll_mode}; how will per-pay deductions change?",
        "payroll is now {payroll_mode}, please recalculate the deductions",
        "What's the per-paycheck deduction if we move to {payroll_mode}?",
        "mode change on policy {policy}",
    ],
    "bill_reconciliation": [
        "What we withheld from checks:\n{policy}: {amt}\n{policy}: {amt}\n{policy}: {amt}\nDoes that match your bill?",
        "Why is {person}'s rate on the bill different from last month?",
        "An unexpected rate increase shows on the list bill for {person}.",
        "{person} is charged twice on the {month} list bill.",
        "The statement shows duplicate charges for two employees.",
        "Why is the bill {money} more than what we deducted for {month}?",
        "The list bill shows a different amount for {person} than our payroll.",
        "{person}'s rate changed on the bill without notice - please explain the difference.",
        "An employee is missing from the list bill but we deduct for her.",
        "Can you adjust the list bill to remove {person}, who left in {month}?",
        "Deductions for {month}:\n{person} {amt}\n{person} {amt}\n{person} {amt}",
    ],
    "accounting_breakdown": [
        "What part of our {month} premium is for {product}?",
        "How much of the {month} bill is {product} versus {product}?",
        "Split the premium total by product for our accountant.",
        "Give me premium totals by department for {month}.",
        "What's the pre-tax and post-tax premium total for the year?",
        "Can you break down the annual premium by employee?",
    ],
    "group_cancellation": [
        "We're being acquired and the buyer has its own benefits, so we'll be ending this plan.",
        "Thinking of leaving you because of price - what are our choices?",
        "The company is shutting down for good in {month}.",
        "We might switch carriers next year; what happens if we leave?",
        "Our owner wants to drop the voluntary plan to save admin time.",
        "The business was sold and the new owner is dropping this plan.",
        "We're closing the company at the end of {month}; cancel the group.",
        "Premiums are too high, we're considering dropping the whole plan.",
        "We want to move the entire group to another carrier at renewal.",
        "What's involved in cancelling our group plan?",
        "Leadership is thinking about ending the voluntary benefits program.",
    ],
    "group_contract": [
        "need certs for new hires",
        "Please reissue certificates for our employees.",
        "Can we get updated certificates after the plan change?",
        "Print certificates for everyone on group {group}.",
        "We need new certificates for our employees.",
        "Please send a copy of the master group policy.",
        "Can we amend the group contract to add a class?",
        "Where can I download the master application?",
        "I need replacement certificates for group {group}.",
    ],
    "new_case_setup": [
        "As a new group, when will we get our first bill?",
        "When does the initial invoice go out for a newly installed case?",
        "We're starting on {date}; when will our first premium bill be generated?",
        "We're a brand new account - what are the steps before our effective date?",
        "We just signed with you - when do we get our first bill?",
        "Our new group starts {date}; what do we need to set up first?",
        "How do we submit the initial enrollment file for our new location?",
        "When should payroll deductions begin for our new plan?",
        "We're a new client, who sets up our portal access?",
    ],
    "portal_help": [
        "My login stopped working.",
        "The portal is throwing an error when I upload the file.",
        "I'm locked out of the billing website.",
        "The billing portal shows a blank screen after I sign in.",
        "The 2FA code never arrives when I try to log in.",
        "How do I add another user to our portal account?",
        "I can't download the bill from the website.",
    ],
    "human_agent": [
        "Can {contact} give me a ring?",
        "I'd like {contact} to call me back today.",
        "Can my account rep give me a call?",
        "Please have someone call me back at 402-555-0187.",
        "I'd like to speak with a real person.",
        "Have our account manager reach out to me.",
        "Can I talk to someone on the phone about this?",
        "Get me a human please.",
    ],
    "policy_loan": [
        "How do we repay a policy loan?",
        "What's the loan balance on policy {policy}?",
        "Can {person} borrow against her {life_product}?",
        "What interest rate applies to a policy loan?",
    ],
    "greeting": [
        "hello it's {contact} over at {company}",
        "hey, {contact} here",
        "Hi, this is {contact}",
        "hello, this is {contact} from {company}",
        "Good afternoon, I have a question",
        "hey there, quick question",
        "Hi, I'm the HR manager at {company}",
    ],
    "goodbye": [
        "cheers",
        "that's all I needed, bye",
        "ok thanks, have a good one",
        "perfect, thank you so much",
    ],
}

# Things we don't serve that borrow our words (loan, address, certificate, premium, coverage).
EXTRA_OUT_OF_SCOPE: list[str] = [
    "What's the interest rate on a car loan?",
    "How do I refinance my mortgage?",
    "Where do I update my address for voter registration?",
    "How do I change my address with the post office?",
    "We need a certificate of insurance for our general liability policy.",
    "Can you issue a COI for our commercial auto policy?",
    "What's the premium on our workers' comp policy?",
    "Is our building covered for flood damage?",
    "How much does our group health plan cost per employee?",
    "Our dental plan denied a cleaning, why?",
    "What is the meaning of life?",
    "sing me a song",
    "blah blah",
    "What's the weather going to be tomorrow?",
    "How do I apply for a small business loan?",
    "How do I update my address with the IRS?",
    "Can you help me with my W-2?",
    "What's the minimum wage in Nebraska?",
    "Is FMLA leave paid?",
    "How do I change my beneficiary on my 401k?",
    "What's my credit card balance?",
    "Can you tell me a joke?",
    "Who won the game last night?",
    "How do I reset my bank's online banking password?",
    "What are your thoughts on the stock market?",
    "Can you recommend a payroll software?",
    "What's the APR on a personal loan?",
    "Where do I register to vote?",
    "Can you send a certificate of insurance for our commercial property policy?",
    "Our contractor needs proof of liability coverage.",
    "How do I update my address on my driver's license?",
    "Can I borrow money from my 401k?",
    "How do I get a home equity loan?",
    "What's a good rate for an auto loan?",
    "Can you help me apply for a mortgage?",
]

# Hand-written emails for the training split: (intent, secondary intents, text with {slots}).
EXTRA_EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    ("coverage_inquiry", (), """Hi {contact},

{person} stopped by my office this morning and asked what she is paying for. Could you tell me which policies she has with you (I think {product} and maybe life), the benefit amounts, and what comes out of each paycheck?

Thanks,
{contact}
{title}
{company}"""),
    ("coverage_inquiry", (), """Hello,

For our board report I need the number of employees enrolled in each product on group {group}, and the total monthly premium per product if you have it handy.

Best regards,
{contact}"""),
    ("coverage_inquiry", (), """Good morning,

Can you confirm whether policy {policy} for {person} is still active? Her effective date should be {date}. She wants to know who is covered on it as well.

Thank you,
{contact}"""),
    ("payment", (), """Hi team,

Our accounts payable department sent {money} by ACH on {date} for the {month} premium. I can see it left our bank, but I want to make sure it posted to group {group} and that we are not past due.

Regards,
{contact}
{title}"""),
    ("payment", (), """Hello {contact},

We received a notice that our account is delinquent. What is the total amount we owe right now, and how long is the grace period before coverage lapses? We want to pay today by credit card or ACH, whichever is faster.

Thanks so much,
{contact}"""),
    ("payment", (), """To whom it may concern,

Check number {checkno} in the amount of {money} was mailed to you on {date}. Please confirm it was received and cashed.

Sincerely,
{contact}
{company}"""),
    ("policy_maintenance", (), """Hi {contact},

{person} got married over the summer and her last name is now {person}. She also moved, her new address is 2211 Prairie View Lane, Grand Island NE 68803. Please update policy {policy} with both changes.

Thanks,
{contact}
{title}"""),
    ("policy_maintenance", (), """Hello,

When we enrolled {person} we typed her date of birth as {date}, which is wrong. Her real birthday is a few years earlier. Can you correct the DOB on her certificate? Also her payroll ID is now {emp}.

Best,
{contact}"""),
    ("policy_maintenance", (), """Good afternoon,

{person} would like to change the beneficiary on her {life_product} policy {policy} from her mother to her {spouse}. What form do you need and where do I send it?

Regards,
{contact}
{company}"""),
    ("benefit_change", (), """Hi {contact},

{person} would like to increase her {life_product} from {benefit} to {benefit}. Is that possible outside of open enrollment, and would she need evidence of insurability above the guaranteed issue amount?

Thank you,
{contact}
{title}"""),
    ("benefit_change", (), """Hello,

{person} asked us to remove the accidental death rider from her {product} policy {policy} and lower her benefit to {benefit}, effective {date}. Please let me know what you need from us.

Best regards,
{contact}"""),
    ("tobacco_change", (), """Hi,

{person} was listed as a smoker on policy {policy} but she has never used tobacco. Please correct her status to non-tobacco and let us know the new rate.

Thanks,
{contact}"""),
    ("claims_eligibility", (), """Hello {contact},

{person} was in a car accident on {date} and wants to file an accident claim. Was her {product} policy active on that date, and how does she file?

Thanks,
{contact}
{company}"""),
    ("policy_suspense", (), """Hi team,

We sent {money} on {date} but our {month} bill still shows open. It looks like the money was received but not applied. Can you tell us if it is sitting in suspense and apply it to the bill?

Regards,
{contact}"""),
    ("premium_refund", (), """Hello,

We accidentally paid the {month} invoice twice ({money} each time). Please refund the duplicate payment to us rather than holding it as a credit.

Thank you,
{contact}
{title}
{company}"""),
    ("reinstatement", (), """Hi {contact},

Our group's coverage lapsed after we missed two payments during our accounting system change. We are ready to pay everything we owe today. Can the group be reinstated, and is there anything the employees need to sign?

Best,
{contact}"""),
]


# Fourth batch (training only), written after an error analysis on the valid split (never test).
# coverage_inquiry was over-predicted: messages that *mention* coverage data but ask for something
# else went to it — a tobacco status asserted to be wrong ("X was listed as a smoker by mistake":
# tobacco_change), whether a policy was active or an injury covered at the time of an event
# (claims_eligibility), terse requests naming a policy or a person ("mode chg pol …": billing_mode,
# "term X": termination, "take X off the family cov": dependent_change), and general questions
# about "life" (out_of_scope). coverage_inquiry itself lacked look-ups of benefit amounts on life
# products and terse look-ups ("X - coverage?"). The other in-scope wordings below are kinds that
# leaked to out_of_scope on valid (selling the business, paying by card, a log-in that stopped
# working, "have X phone me", "Hi, it's X"). Boundary rules of INTENTS.md, entry by entry.
# Result (with l2 1e-6, oos_weight 7): valid in-scope accuracy 0.920 -> 0.951, but the one test run
# afterwards moved only 0.919 -> 0.922 (coverage_inquiry test F1 unchanged at 0.796): wordings written
# against valid's few templates per intent fix valid more than they generalise. Valid is spent for
# this kind of work; the next round needs new held-out wordings (or real messages) to steer by.
ROUND_4_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "How much is {person}'s {life_product} for - what's the face amount?",
        "What level of {product} benefit did {person} elect?",
        "benefit amt on {person}'s {life_product}?",
        "How big is the payout on policy {policy}?",
        "What does {person}'s {life_product} pay on death?",
        "{person} - coverage?",
        "need {person}'s coverage pls",
        "coverage lookup: {person}",
        "what's {person} got with you",
        "{person} policies and premiums?",
        "Which tobacco class is {person} billed under?",
        "What tobacco status do you have on file for {person}?",
        "Is {person} rated as a smoker in your records?",
        "Is {person}'s {product} in force today?",
        "Is policy {policy} currently active?",
        "Is {person} still enrolled in {product}?",
        "What's the premium for {person}'s {product} per month?",
        "Do you have {person}'s {spouse} on her {product} policy?",
        "What are the coverage dates on {person}'s {product}?",
        "How many of our people are on {life_product}?",
        "Are any of our employees' policies lapsed?",
        "How much {life_product} coverage is {person} carrying?",
        "Is {person} showing as a smoker in your system?",
        "Do you have {person} down as tobacco or non-tobacco?",
        "According to your records does {person} use tobacco?",
        "{person} coverage summary please",
        "coverage on {person}?",
    ],
    "tobacco_change": [
        "{person} is listed as a smoker on policy {policy} but she has never smoked.",
        "Policy {policy} has {person} down as tobacco - that's a mistake.",
        "{person} was set up as a smoker by mistake on policy {policy}, please correct it.",
        "The tobacco status on {person}'s policy is wrong; she's a non-smoker.",
        "{person} is coded tobacco in your system in error.",
        "fix smoker status on pol {policy}, should be non-tobacco",
        "{person} shows as a smoker on her certificate and that's not right.",
        "incorrect tobacco rating for {person} - please update to non-tobacco",
        "{person} was enrolled as a smoker by accident.",
        "{person} doesn't use tobacco but policy {policy} was issued at smoker rates.",
        "{person} quit cigarettes in {month}; can her premium drop to the non-tobacco rate?",
        "{person} gave up vaping, is she eligible for the lower rate now?",
        "{person} quit dipping a year ago, can we lower his rate?",
        "{person} no longer smokes - please re-rate her policy.",
        "How do we find out what your definition of tobacco use is?",
        "what's considered nicotine use for the smoker rate",
    ],
    "claims_eligibility": [
        "Was {person}'s {product} active when she broke her leg?",
        "Is {person}'s {child}'s concussion from soccer covered?",
        "{person} is asking whether her hospital stay last week is covered.",
        "Was policy {policy} in force at the time of {person}'s injury?",
        "Was {person}'s coverage active on the day of her car accident?",
        "Would {person}'s {product} cover her knee surgery?",
        "{person}'s {spouse} had a heart attack on {date} - was he covered then?",
        "Was {person} covered when she fell at home last month?",
        "Does {person}'s {product} pay for her {child}'s stitches?",
        "Is {person}'s cancer diagnosis covered under her {product}?",
        "{person} wants to know if her trip to the ER is covered",
        "were we covered at the time of {person}'s accident",
        "Was {person} insured on the date of her diagnosis?",
        "Can {person} claim for her {child}'s broken wrist?",
        "When can a new enrollee start using her {product}?",
        "how long until new hires can put in a claim",
    ],
    "billing_mode": [
        "chg billing freq on {policy}",
        "Please update the premium mode for policy {policy}.",
        "How do I change the premium mode for {person}'s policy?",
        "We want to change the billing mode on {person}'s {product}.",
        "Can policy {policy} go from {mode} to {mode}?",
        "change frequency of premium on pol {policy}",
        "{person}'s policy should bill {mode} instead",
        "new pay frequency, deductions need to be redone",
        "If we go to {payroll_mode} payroll, what would {person}'s {product} cost per check?",
        "What would each deduction be for {person} if payroll goes {payroll_mode}?",
    ],
    "termination": [
        "pls term {person} eff {date}",
        "{person} termed {date}",
        "term {person}'s coverage",
        "terminate {person}",
        "{person} - term please",
        "need to term an ee",
        "employee retired, stop coverage",
        "ee left last week",
        "{person} is no longer employed here.",
        "{person} quit; end deductions",
    ],
    "dependent_change": [
        "take {person} off {person}'s {product}, they divorced",
        "drop the {spouse} from {person}'s coverage",
        "remove ex-{spouse} from {person}'s family cov",
        "{person} and her {spouse} split up, remove him from the policy.",
        "does adding a {child} need any medical questions",
        "add {person}'s {child} to her cov",
    ],
    "group_cancellation": [
        "We're merging with another company and won't need this plan anymore.",
        "Our new parent company has its own benefits, so we're leaving.",
        "Rates keep going up and we may leave - what are the options?",
        "Money is tight; we're thinking of cancelling the voluntary benefits.",
        "We're selling the business - what happens to our plan?",
        "The owner is retiring and closing the shop, so the plan will end.",
        "we're being bought out and the plan is going away",
    ],
    "payment": [
        "Can we pay with a company Visa?",
        "What address do premium checks go to?",
        "Where should the premium check be sent?",
        "amount due?",
        "balance on our account?",
        "Do you take American Express for premiums?",
        "Can we pay by ACH?",
        "how much do we owe right now",
    ],
    "portal_help": [
        "The website won't let me in since the upgrade.",
        "The verification code isn't working.",
        "My portal password expired.",
        "Can't sign in to the billing site.",
        "The security code never comes to my phone.",
        "The billing site keeps timing out.",
        "login broken after your update",
    ],
    "human_agent": [
        "Have {contact} call me please.",
        "Ask {contact} to phone me.",
        "Could someone from your office ring me?",
        "I'd like a phone call from {contact}.",
        "{contact} asked me to have someone call her back.",
    ],
    "greeting": [
        "Hi, it's {contact}",
        "Morning, {contact} from {company} here",
        "hello, {contact} speaking",
        "Hey, {contact} again",
        "hey it's {contact} with {company}",
        "good morning, {contact} in HR at {company}",
        "Hi there, this is the payroll manager at {company}",
    ],
    "bill_reconciliation": [
        "Withheld this payroll:\n{policy} - {money}\n{policy} - {money}\n{policy} - {money}",
        "this pay period we deducted:\n{policy} {money}\n{policy} {money}",
        "The bill shows a rate change for {person} we weren't told about.",
        "An employee we deduct for isn't on the bill - what do you need to add her?",
        "{person} appears twice on the {month} statement.",
        "Can you tie our payroll deductions to the bill employee by employee?",
    ],
    "policy_suspense": [
        "Is our overpayment sitting in suspense?",
        "We sent more than the bill - is the extra being held in suspense?",
        "Where's the extra money we sent? Is it in suspense?",
    ],
    "accounting_breakdown": [
        "What share of the {month} invoice is {product} and what share is {product}?",
        "premium by department for {month}",
        "Break the {month} bill down by product line.",
    ],
}
for _intent, _rows in ROUND_4_TEMPLATES.items():
    EXTRA_TEMPLATES.setdefault(_intent, []).extend(_rows)

EXTRA_OUT_OF_SCOPE.extend([
    "How long is the life span of a house cat?",
    "What's a good life coach for a new manager?",
    "Is my phone covered under the manufacturer's warranty?",
    "What does my car insurance cover if I hit a deer?",
    "What's our company's cell phone policy supposed to say?",
    "What's your store's return policy?",
    "Does my homeowners policy cover a tree falling on the roof?",
    "Who wrote the book Life of Pi?",
    "What is life like in Alaska?",
    "how do I get a life coach certification",
])


# Fifth batch (training only), written from categories of known weaknesses (not from held-out
# messages): (1) out-of-scope questions that borrow billing words — payroll taxes and tax forms
# (941, W-2, 1099, W-4), HR law (PTO payout, overtime, FMLA, I-9), health/auto "premiums",
# "deductibles", APRs, definitions — and small talk, were answered as payment, billing_schedule or
# coverage_inquiry; contrasting in-scope wordings with the same words about *our* bills keep the
# boundary; (2) long emails (greeting, context, the request, sign-off) whose main request got pulled
# to a side topic, or whose background was reported as a second request; (3) rider and premium
# look-ups ("does X have the cancer rider", "monthly premium on Y's whole life") are
# coverage_inquiry, not benefit_change.
# Result on valid (oos_weight 7 -> 5, see config.cfg): in-scope accuracy 0.951 -> 0.955, out-of-scope
# recall 0.960 -> 0.970, out-of-scope precision 0.922 -> 0.873.
ROUND_5_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "Does {person} have the cancer rider on her {product}?",
        "Is there a waiver of premium rider on policy {policy}?",
        "Which riders are attached to {person}'s {life_product}?",
        "Did {person} elect the spouse rider or not?",
        "Does policy {policy} include the accidental death rider?",
        "Can you check whether {person}'s {product} has the child rider on it?",
        "What's the monthly premium for {person}'s {life_product}?",
        "How much is {person} paying a month for her {product}?",
        "What does {person}'s {life_product} cost per paycheck?",
        "Premium on {person}'s {product} - what is it per month?",
        "What riders does {person} carry and what do they cost?",
        "Is the return-of-premium rider on {person}'s policy?",
        "does {person} have the ICU rider",
        "rider check on pol {policy} pls",
        "Do you show a hospital confinement rider on {person}'s coverage?",
        "How much of {person}'s premium is for the riders?",
        "Is the heart attack and stroke benefit included on {person}'s {product}?",
        "Tell me what {person}'s whole life premium is and whether it has the term rider.",
        "monthly prem on {person}'s {life_product}?",
        "{person}'s {product} - monthly cost?",
        "what's {person} charged monthly for {product}",
        "premium amount for {person}, {life_product}",
        "monthly rate on policy {policy}?",
    ],
    "billing_schedule": [
        "When is our {month} list bill due?",
        "What's the due date on the {month} premium invoice?",
        "When will you send our next list bill?",
        "What day of the month is our insurance bill due?",
        "When does the {month} statement for group {group} get generated?",
        "Is our voluntary benefits bill due on the 1st or the 15th?",
        "We never got the {month} list bill - can you resend it?",
    ],
    "payment": [
        "What do we owe you on the {month} list bill?",
        "How much do we owe on our worksite insurance bill?",
        "Can we pay the {month} premium bill for group {group} online?",
        "Did you get our payment for the {month} list bill?",
        "We owe a past-due amount on our account - how do we pay it?",
        "Is our group premium past due?",
        "How do we pay the list bill for our voluntary benefits?",
        "total owed?",
        "what's our balance due",
        "how much is due this month on our bill",
        "amount due on group {group}?",
        "pay amt for {month}?",
        "what do we owe for {month}",
        "Where do we send the premium payment?",
        "mailing address for our premium check?",
        "Where should I mail our payment for the list bill?",
        "Can we put the premium on a business credit card?",
        "Is a corporate Amex OK for paying the bill?",
        "how do I pay you guys",
        "Is our account paid up?",
    ],
    "greeting": [
        "Hello, {contact} from accounting here",
        "Hi! {contact} at {company}",
        "hey, this is {contact} in benefits",
        "Good afternoon, it's {contact}",
    ],
    "group_cancellation": [
        "We might drop the plan because of the price - what can we do?",
        "thinking about leaving you because it's too expensive",
        "Costs are too high; what are our choices if we end the plan?",
    ],
    "human_agent": [
        "Could {contact} give me a ring?",
        "I'd like someone to phone me back today.",
        "Can a rep phone me about our account?",
    ],
    "portal_help": [
        "How do I change my password on the billing portal?",
        "I need a password reset for the employer site.",
        "Forgot my portal password, what now?",
    ],
    "dependent_change": [
        "Is there a health questionnaire to add a {child}?",
        "Do we need medical answers to add {person}'s {spouse}?",
    ],
    "accounting_breakdown": [
        "Which part of our list bill is pre-tax and which is after-tax?",
        "Split the {month} premium by pre-tax versus post-tax deductions for our accountant.",
        "Our CPA wants the {month} premium totals broken out by Section 125 treatment.",
    ],
}
for _intent, _rows in ROUND_5_TEMPLATES.items():
    EXTRA_TEMPLATES.setdefault(_intent, []).extend(_rows)

EXTRA_OUT_OF_SCOPE.extend([
    # payroll taxes and tax forms
    "When is the 941 due for the fourth quarter?",
    "Is the Q3 Form 941 due at the end of October?",
    "How much do we owe the IRS for payroll taxes this quarter?",
    "What's the deadline to send W-2s to employees?",
    "When are 1099s due to contractors?",
    "Do I need to file a 1099-NEC for our cleaning service?",
    "How do I fix a mistake on an employee's W-2?",
    "An employee wants to change her W-4 withholding - how does that work?",
    "What's the federal unemployment tax rate?",
    "When do we have to deposit withheld payroll taxes?",
    "How do I pay our state withholding tax online?",
    "What's the penalty for paying the 940 late?",
    "Do we owe Medicare tax on bonuses?",
    "What's the Social Security wage base for next year?",
    "Is the employer share of FICA due with each payroll?",
    "Our payroll tax deposit was late - what's the penalty?",
    "Where do I mail the 941 payment?",
    "How do I get a copy of last year's W-3?",
    "Do we need to send a 1099 to our landlord?",
    "Can you explain how the W-4 allowances work now?",
    "What's the supplemental withholding rate on bonuses?",
    "How do I set up an EFTPS account?",
    "When are quarterly estimated taxes due?",
    "Are health insurance premiums deductible on our business tax return?",
    "Is the employer HSA contribution a tax deduction?",
    "How do I report group-term life over $50,000 on the W-2?",
    "What box on the W-2 shows pre-tax deductions?",
    "Is a 1099-MISC or 1099-NEC used for rent?",
    "What's the due date for state unemployment returns?",
    "Can you calculate our payroll tax liability?",
    "941 due date?",
    "w2 deadline",
    "how much is futa",
    "need help with our 1099s",
    "when do I owe estimated taxes",
    "is our sales tax return due this month",
    "How do I pay the sales tax we owe?",
    "What tax bracket is a $60,000 salary in?",
    "Do employees pay tax on tuition reimbursement?",
    "How do I get an EIN for a new LLC?",
    # HR law and payroll practice
    "Do we have to pay out unused PTO when someone quits?",
    "Is accrued vacation owed at termination in California?",
    "How is overtime calculated for a salaried employee?",
    "Do we owe overtime for hours over 40 in a week?",
    "Is an exempt employee owed overtime if they work Saturday?",
    "How many weeks of FMLA leave does an employee get?",
    "Does FMLA apply to a company with 40 employees?",
    "Is FMLA time paid or unpaid?",
    "What documents are acceptable for the I-9?",
    "How long do we keep I-9 forms after someone leaves?",
    "Do we need to re-verify an employee's I-9 when the visa expires?",
    "When is a final paycheck due after a termination?",
    "Can we deduct a uniform cost from an employee's pay?",
    "Is it legal to deduct a shortage from a cashier's paycheck?",
    "What's the minimum wage going to be next year?",
    "How much notice do we have to give before a layoff?",
    "Do we have to pay employees for jury duty?",
    "What are the rules for paying tipped employees?",
    "Can we change an employee's pay date without notice?",
    "Are we required to offer paid sick leave?",
    "How many hours make someone full-time under the ACA?",
    "Do we have to offer COBRA to a fired employee?",
    "Who pays the COBRA premium?",
    "How do I write an employee handbook PTO policy?",
    "Can an employee be fired while on FMLA?",
    "How should we handle a garnishment order on an employee's wages?",
    "What's the max we can withhold for a child support order?",
    "pto payout rules?",
    "is overtime owed on holidays",
    "fmla paperwork question",
    # payroll software and banking
    "How do I run an off-cycle payroll in our payroll system?",
    "Our payroll software won't calculate the deduction for the 401k.",
    "How do I set up direct deposit for a new hire in our payroll system?",
    "The bank rejected our payroll file - what do I do?",
    "How do I void a paycheck in QuickBooks?",
    "Our payroll provider double-paid an employee; how do we get it back?",
    "What's the APR on our business credit card?",
    "How do I dispute a charge on the company card?",
    "When is our business loan payment due?",
    "How much do we owe on the equipment lease?",
    "Is the payment on our line of credit due this week?",
    "What's the late fee on our utility bill?",
    "How do I pay the company's electric bill online?",
    "When is rent due on our office lease?",
    # other insurance lines (health, auto, property, workers' comp)
    "Why did our health insurance premium go up 12% this year?",
    "When is the premium for our group medical plan due?",
    "How much do we owe on our workers' comp audit?",
    "What's the deductible on our employees' health plan?",
    "Does our dental plan cover orthodontics for kids?",
    "My car insurance premium is due - can I pay it here?",
    "How do I add a driver to my auto policy?",
    "What's the deductible on my auto policy for a windshield?",
    "Is our medical plan's out-of-pocket max per person or per family?",
    "Can you quote us a business owner's policy?",
    "When does our general liability policy renew?",
    "Our vision plan denied a claim for glasses.",
    "Is my doctor in network for our PPO?",
    "How much is the copay for an urgent care visit on our health plan?",
    "Does our umbrella policy cover the delivery van?",
    "When is the premium due on my homeowners insurance?",
    "What's the difference between an HMO and a PPO?",
    "How do I file a claim on my renters insurance?",
    "Can we add an employee to our health insurance mid-year?",
    "We need to pay the premium on our cyber liability policy.",
    # general finance and definitions
    "What does APR mean?",
    "What is the difference between APR and APY?",
    "What does 'net 30' mean on an invoice?",
    "What is a deductible?",
    "Define premium in finance.",
    "What's an amortization schedule?",
    "How is compound interest calculated?",
    "What's a good credit score?",
    "What is the prime rate right now?",
    "What does accrual accounting mean?",
    "How do I calculate my take-home pay?",
    "How much should I save for retirement each month?",
    "Is a Roth IRA better than a traditional IRA?",
    "What's the difference between gross pay and net pay?",
    "What is the due date for a vendor invoice marked 2/10 net 30?",
    "How do I read a bank statement?",
    "what does ytd mean on a pay stub",
    # small talk
    "hope your afternoon is treating you better than mine lol",
    "How are you doing today?",
    "ugh, year-end is killing me",
    "Long week, huh?",
    "I need coffee",
    "Happy Friday!",
    "Are you a real person or a robot?",
    "What's your favorite color?",
    "Do you like your job?",
    "I'm so tired of open enrollment season lol",
    "It's snowing again here",
    "Did you have a good weekend?",
    "Tell me something fun",
    "What time is it where you are?",
    "ugh mondays",
    "lol",
    "can't believe it's almost December",
    "I'm bored",
    "What should I have for lunch?",
    "Do you ever sleep?",
])

EXTRA_EMAILS.extend([
    ("new_case_setup", (), """Hi {contact},

I hope you're well. We're opening a second location in the spring and about 30 employees will work there. The new site will run its own payroll under a separate tax ID.

What do we need to do to set up the new location on our voluntary benefits - a new group number, a separate bill, an enrollment file? When would the first deductions start?

Thanks,
{contact}
{title}
{company}"""),
    ("new_case_setup", (), """Hello,

Good news on our side: we just bought a small plant across town and are bringing its 45 employees into our benefits. Our current group is {group} and that stays as it is.

Could you walk me through setting the new plant up as its own location with its own list bill? I'd also like to know who our setup contact will be and what the enrollment file should look like.

Best regards,
{contact}"""),
    ("new_case_setup", (), """Good morning,

This is {contact} at {company}. We signed with you last month for accident and hospital indemnity, and our enrollment meeting went well. We haven't received anything since.

What happens next for our new group? When do we get the first bill, how do we send the enrollment file, and when should payroll start taking deductions? Please also set me up on the billing portal.

Thank you,
{contact}"""),
    ("reinstatement", (), """Hi team,

I'm embarrassed to write this. Our payroll company made an error during their system conversion and stopped remitting deductions for {person} and two others, and we just found out their policies lapsed on {date}.

We have the money ready to pay everything back to the lapse date. Can the policies be reinstated with no gap in coverage? What forms, if any, do the employees need to sign?

Thanks,
{contact}
{company}"""),
    ("reinstatement", (), """Hello {contact},

{person}'s {product} policy {policy} shows as lapsed. This was our fault - her deductions dropped off when we changed payroll systems, she didn't do anything wrong.

Please reinstate her policy back to {date} so there is no break in coverage. We'll pay the missed premiums right away, just tell us the amount.

Regards,
{contact}
{title}"""),
    ("premium_refund", (), """Hi {contact},

Thanks for processing the tobacco correction for {person} - I see she is now listed as non-tobacco back to her issue date, so that part is done.

Since she was overcharged for months, how much do we get back and when will the refund be issued? Will it come to us or to her directly?

Thank you,
{contact}
{company}"""),
    ("premium_refund", (), """Hello,

Following up on {person}'s termination, which your team already processed effective {date}. We had paid her premium for two more months after that date.

Can you tell me the refund amount for those months and when we should expect the check?

Best,
{contact}"""),
    ("premium_refund", (), """Good afternoon,

The benefit decrease for {person} went through last week, and the new lower premium shows on the {month} bill. The change was retroactive to {date}, so we overpaid for a few months.

How much is coming back to us, and how long does the refund usually take?

Sincerely,
{contact}
{title}
{company}"""),
    ("payment", ("portal_help",), """Hi {contact},

We received the past-due notice for {month} and want to take care of it today. Can you confirm the total amount we owe and the fastest way to pay it?

Also, my colleague's portal login has been locked since Monday, so she can't see the invoice - could someone unlock it?

Thanks,
{contact}
{company}"""),
    ("payment", ("portal_help",), """Hello,

We sent {money} by ACH on {date} for the {month} premium. Could you check whether the payment has posted to group {group}?

Separately, I'd like to add a new user to our billing portal account.

Regards,
{contact}"""),
    ("payment", (), """Hi team,

Happy almost-holidays! It's been a busy year-end here, with our auditors in the office all week and payroll closing early.

Before everyone leaves, I want to make sure we are paid up: what is our current balance, and if we pay it by card on Friday will it post before the due date?

Thanks so much,
{contact}
{title}
{company}"""),
    ("coverage_inquiry", (), """Hello {contact},

{person} came to HR this morning because her {spouse} was just diagnosed with cancer, and she couldn't remember what she signed up for at enrollment. I don't want to get her hopes up before checking.

Could you look up whether her critical illness policy has the cancer rider, and what her monthly premium is?

Thank you,
{contact}"""),
    ("coverage_inquiry", (), """Hi,

We're preparing total compensation statements for our staff this month. I'm not asking for any changes, just information.

For {person}, what is the monthly premium on her whole life policy {policy}, the face amount, and which riders are attached?

Best regards,
{contact}
{company}"""),
    ("billing_schedule", (), """Hi {contact},

Year-end is always hectic for us, and this year we're also switching accountants, so I'm trying to get our calendar straight.

When will the December list bill be generated, and what is its due date? I want to be sure it lands before our office closes for the holidays.

Thanks,
{contact}"""),
    ("out_of_scope", (), """Hello,

Our bookkeeper is out and I'm covering payroll this week. I'm not sure when our 941 for the quarter is due or how much we owe the IRS for withholding.

Can you help me figure out the payroll tax deposit?

Thanks,
{contact}"""),
    ("out_of_scope", (), """Hi,

An employee is leaving at the end of the month and has 60 hours of unused vacation. She's asking whether we have to pay it out, and our handbook isn't clear.

What does the law require for PTO payout in our state?

Thank you,
{contact}
{title}"""),
])
