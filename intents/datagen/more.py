"""More ways employers ask, per intent (second batch of templates, written for this project).

The first batch (templates.py) left whole kinds of wording uncovered: the possessive look-ups of
coverage_inquiry ("what is X's premium"), payment questions about the balance and posting of
checks, pasted payroll lines for reconciliation, life events told as facts ("X started smoking
again", "X's last name changed"), ending the whole group told in business terms. Each entry is
one template for the split, like those of templates.py; the generator merges both batches.
"""

MORE_TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "We just switched payroll providers and now pay every other Friday. Can the deductions follow?",
        "what would the per-check deduction be for {person} on a {payroll_mode} schedule",
        "We're moving from 24 to 26 paychecks a year. What do we have to change with you?",
        "Could the whole group be billed {mode} rather than monthly?",
        "how often can we change our billing frequency",
        "Our employees get paid {payroll_mode} starting {date}; please adjust the premium deductions.",
        "Does switching to weekly deductions change the total annual premium?",
        "Which premium modes are allowed for direct-billed policies?",
        "I'd like {person}'s direct bill to be {mode} from now on",
        "new pay frequency = {payroll_mode}. please re-figure everyone's deduction",
        "Effective {date} we pay people twice a month instead of every two weeks - update our mode.",
        "What's the per paycheck cost of {person}'s {product} if we go {payroll_mode}?",
        "is {payroll_mode} billing available for group {group} or only monthly?",
        "If we change payroll frequency mid-year, when will the new deduction amounts start?",
        "Our union contract moves everyone to weekly pay. How does that affect the voluntary deductions?",
    ],
    "billing_schedule": [
        "When should we expect the {month} invoice?",
        "What is the due date on our current bill?",
        "the {month} statement is missing from our mailbox, please send another",
        "Which day of the month is our premium bill due?",
        "Can you email a copy of the invoice dated {date} to me?",
        "Has the {month} bill been issued yet?",
        "We still haven't gotten this month's list bill. Was it generated?",
        "Please send me last month's invoice again, I can't find it.",
        "how many days before the due date does the statement come out",
        "I need a reprint of our {month} billing statement for group {group}",
        "When do you run the billing cycle each month?",
        "is our invoice due on the first of the month or the 15th",
        "Could you mail a paper copy of the {month} bill to our office?",
        "when will next month's statement be available",
        "The bill for group {group} didn't come this month - was it sent?",
        "Our accounts payable team needs the {month} and {month} invoices re-sent.",
        "what's the billing cycle - when is the bill cut and when is it due",
        "can we change where the invoices are mailed",
        "I need a copy of the {date} bill for our records",
        "When is the next premium invoice going to be produced?",
    ],
    "bill_reconciliation": [
        "Deductions to reconcile against the bill:\n{policy} {amt}\n{policy} {amt}\n{policy} {amt}",
        "here is what we deducted in {month}:\n{policy} {amt}\n{policy} {amt}\n{policy} {amt}\n{policy} {amt}\nplease compare with the bill",
        "Our remittance by policy:\n{policy} {amt}\n{policy} {amt}\nWhy doesn't it match the list bill?",
        "Deductions this pay period -\n{policy} - {amt}\n{policy} - {amt}\n{policy} - {amt}",
        "Please reconcile these against the {month} bill: {policy} {amt}, {policy} {amt}, {policy} {amt}",
        "{person} is billed {money} but payroll only took {money}. Which is right?",
        "We withheld {money} total for {month} and your invoice says {money}.",
        "Line by line, the bill and our payroll report don't agree for {month}.",
        "There's an employee on the statement we never enrolled, can you check the bill?",
        "The list bill still charges for {person} who termed in {month}, please take her off the bill",
        "Why did the billed amount for {person} go up when her deduction stayed the same?",
        "Can you help me figure out why our remittance is {money} short of the bill?",
        "Our payroll register and the invoice differ for {count} employees.",
        "I'm comparing the {month} list bill to our deduction report and several lines are off.",
        "Please adjust the {month} bill: {person} was not deducted this month.",
        "Attached is our deduction file for {month}, please reconcile it to the invoice",
        "We have deductions for {person} but she isn't on the bill at all.",
        "The statement bills {person} twice for the same policy.",
    ],
    "payment": [
        "How much do we owe as of today?",
        "What's our current amount due?",
        "how much is the balance on our account right now",
        "What do we currently owe you?",
        "Did the payment we sent on {date} arrive?",
        "Was our check #{checkno} received?",
        "Has check number {checkno} been cashed?",
        "Did our {money} payment from {date} get to you?",
        "We sent {money} on {date}. Did it come in?",
        "Can you confirm receipt of our {month} premium payment?",
        "What happens if we miss a premium payment?",
        "how many days do we have to pay before the policies lapse",
        "If the {month} premium isn't paid, when does coverage end?",
        "are we in the grace period right now",
        "How late can we pay before employees lose coverage?",
        "Is there anything past due on group {group}?",
        "has our ACH of {money} posted yet",
        "What amount should we send to bring the account current?",
        "We got a past-due letter, how much do we need to pay?",
        "where do I send our premium payment",
        "Can we pay online through the portal or by phone?",
        "What is the total due for {month}?",
        "we paid by check {checkno} on {date}, please confirm it was received",
        "Is our account paid up through {month}?",
    ],
    "accounting_breakdown": [
        "Can you split our monthly premium by coverage tier and product?",
        "I need the {month} premium broken down by department for our GL.",
        "how much did each employee pay in premium this year",
        "What portion of our premium is pre-tax under the cafeteria plan?",
        "Please provide premium totals per location for {month}.",
        "Our CFO wants premium by product line for the last 12 months.",
        "Give me premiums by employee and by tax status for {date} to {date}.",
        "How much premium goes to {product} each month for the whole group?",
        "need a year-end premium summary for each employee's W-2",
        "Can I see how much of the bill is employee-only vs family coverage?",
        "break the {month} invoice out by cost center please",
        "What are the monthly totals by product for the first quarter?",
        "Sum of premiums for {product} by department?",
        "Please allocate the total premium across our three locations.",
        "How much of our premium is after-tax?",
    ],
    "premium_refund": [
        "We overpaid the {month} bill by {money}. Can that be sent back to us?",
        "Please refund the premium we paid for {person} after her termination.",
        "How do we get money back for a duplicate payment?",
        "Is a refund due for {person}, who died on {date}?",
        "When can we expect the refund check for {money}?",
        "Where is our refund? It's been six weeks.",
        "How do you figure the refund for an employee who left mid-month?",
        "{person} was changed to non-tobacco - we'd like the overcharged premium refunded.",
        "We paid twice in {month}, please return one of the payments.",
        "Can the refund go directly to the employee?",
        "Is the refund for {person} being issued by check or ACH?",
        "We want the unearned premium back for employees who left in {month}.",
    ],
    "policy_suspense": [
        "There's {money} in unapplied funds on our account. What is it?",
        "Why does our statement show a suspense balance of {money}?",
        "Please apply the money in suspense to the {month} invoice.",
        "We paid {money} but it's sitting unapplied. Can you post it?",
        "what's the unapplied amount on group {group}",
        "Part of our payment went into suspense - why?",
        "How do we get the suspense balance cleared?",
        "Money from our {month} remittance was never applied to any policy.",
        "Can the unapplied cash be moved to {person}'s policy?",
        "what causes money to go into suspense",
    ],
    "reinstatement": [
        "{person}'s policy lapsed last month. Can we get it back in force?",
        "How do we reinstate a policy that lapsed for nonpayment?",
        "Can the group be reinstated if we pay everything we owe today?",
        "Please put policy {policy} back in force.",
        "What's needed to restore {person}'s lapsed {product} coverage?",
        "{person} was terminated by mistake on {date} - please restore her coverage.",
        "Is it too late to reinstate a policy that lapsed in {month}?",
        "Does reinstatement need a new health application?",
        "we want {person}'s {life_product} reinstated",
        "an employee came back after a layoff, can her old policy be reactivated?",
        "How much back premium is needed to reinstate policy {policy}?",
    ],
    "benefit_change": [
        "{person} wants to raise her {product} benefit from {benefit} to {benefit}.",
        "Can {person} reduce his {life_product} amount to {benefit}?",
        "What's the most an employee can get without evidence of insurability?",
        "Add the spouse rider to {person}'s {product}? No - she wants the cancer rider added.",
        "Can employees increase coverage at any time or only at open enrollment?",
        "{person} wants to remove the waiver of premium rider",
        "What is the guaranteed issue limit on {life_product}?",
        "Can we raise the disability benefit for everyone starting {date}?",
        "{person} had a qualifying event, can she change her benefit amount now?",
        "please lower {person}'s benefit on policy {policy} to {benefit}",
        "is there a cap on how much {product} coverage an employee can buy",
        "Can an employee switch from the low plan to the high plan mid-year?",
    ],
    "tobacco_change": [
        "{person} is smoking again as of {date}.",
        "{person} is a smoker now, please update her policy.",
        "{person} quit vaping last year, can his rate go down?",
        "{person} told us he's using tobacco again - what do we need to do?",
        "One of our employees picked up smoking. How do we change her tobacco status?",
        "{person} has been nicotine free for 12 months. How do we get the non-tobacco rate?",
        "what's the new premium for {person} if she's non-tobacco",
        "change {person} from non-smoker to smoker effective {date}",
        "{person}'s {spouse} started chewing tobacco, does that change the rate?",
        "Is the non-tobacco rate effective the month after we send the form?",
        "{person} marked tobacco by mistake - he has never smoked",
        "what counts as tobacco use for your rates",
    ],
    "dependent_change": [
        "Please drop {person} from {person}'s coverage - the divorce was final on {date}.",
        "Please take {person}'s ex-{spouse} off her coverage; the divorce was final {date}.",
        "{person} and her {spouse} divorced. Drop him from the policy.",
        "{person} is getting divorced, how do we remove the spouse from coverage?",
        "take {person} off {person}'s family coverage, they split up",
        "{person} just had a baby boy, please add him",
        "{person}'s daughter is turning 26 next month, what happens to her coverage?",
        "How much more is it to add children to {person}'s {product}?",
        "can {person} add her {child} born on {date}",
        "is a grandchild eligible as a dependent",
        "{person} got married - can his new {spouse} be covered?",
        "Please remove the dependent child from policy {policy}.",
        "what documents do we need to add a stepchild",
        "{person}'s {spouse} passed away, please remove her as a dependent",
    ],
    "termination": [
        "{person}'s last day was {date}. Please end his coverage.",
        "{person} resigned; cancel everything she has with you.",
        "We let {person} go on {date}, please stop her policies.",
        "Terminate coverage for {person} as of the end of {month}.",
        "{person} retired on {date}. Please terminate his accident and CI.",
        "How much would {person} get if she cashes out her {life_product}?",
        "{person} no longer works here",
        "Cancel policy {policy}, the employee asked us to.",
        "Does {person}'s coverage stop when she leaves at the end of {month}?",
        "Please process a termination for {person}, she moved out of state and quit.",
        "What's the surrender value of {person}'s {life_product}?",
        "we have {count} terminations to report for {month}",
    ],
    "policy_loan": [
        "How much can {person} borrow against her {life_product}?",
        "{person} would like a policy loan of {money}.",
        "What's the outstanding loan on policy {policy}?",
        "What rate of interest is charged on loans against whole life?",
        "Can {person} pay off her policy loan early?",
        "does taking a loan reduce what the beneficiary gets",
        "is a loan available on {person}'s term policy",
        "How do we request a cash value loan for an employee?",
    ],
    "bank_draft": [
        "{person} wants her premium drafted from her checking account instead of payroll.",
        "Please stop the EFT on policy {policy}, she's going back on payroll deduction.",
        "Can you change the draft date for {person} to the 5th?",
        "{person}'s bank draft bounced - what happens now?",
        "{person} left but wants to keep paying her policy on her own - how does she pay?",
        "new bank info for {person}'s automatic draft",
        "How do we set up a monthly bank draft for a retiree?",
        "Why was {person}'s draft returned?",
    ],
    "policy_maintenance": [
        "{person} changed her last name to Garcia, please update it.",
        "{person} got divorced and went back to her maiden name, please update it.",
        "Please update {person}'s home address to 22 Oak Street.",
        "{person}'s birthday is wrong on policy {policy}, the correct date is {date}",
        "{person} wants to change her beneficiary to her {spouse}.",
        "Our company moved; new address for the group is 900 Main Street.",
        "Please update the payroll ID for {person} after our system change.",
        "{person} now lives in Kansas, please update her state",
        "The name on {person}'s certificate is spelled wrong.",
        "Can you change the policy owner's mailing address?",
        "update the legal name of our company on group {group}",
        "{person} goes by {person} now, please change the name on file",
        "new phone number and email for {person}",
    ],
    "group_contract": [
        "Please produce our group master contract.",
        "Can you produce the master policy for group {group}?",
        "We need a copy of our master application for our files.",
        "Send me the certificates of insurance for our employees.",
        "Where can I download our group policy documents?",
        "We'd like to amend our contract to change the eligibility waiting period.",
        "Please create a certificate for {person}'s {product} policy.",
        "Can you reissue the master contract with our new address?",
        "I need the signed group application from our original enrollment.",
        "Our broker is asking for the group policy and all riders.",
        "Could you print the certificate booklets for our new hires?",
        "Can we get an amendment to add the {product} plan to the contract?",
        "Where is a copy of the contract we signed in {month}?",
        "need updated certificates after the plan change",
    ],
    "claims_eligibility": [
        "{person} has a claim for {date}. Was she enrolled then?",
        "Was {person}'s {product} in force when he was injured on {date}?",
        "Is there a waiting period on the {product} plan for new hires?",
        "How does {person} submit a claim for her hospital stay?",
        "Why was {person}'s claim denied as not eligible?",
        "Was the {child} covered on {date} under {person}'s policy?",
        "Does {person} qualify for benefits for an injury on {date}?",
        "what's the deadline to file a {product} claim",
        "Can you verify coverage dates for {person}'s claim?",
        "Can an employee file a claim while the policy is in the grace period?",
        "how soon can a new employee submit a claim",
        "was {person} eligible for benefits when she was diagnosed in {month}",
    ],
    "new_case_setup": [
        "We're a new client, how do we send our first enrollment file?",
        "When will the first bill for our new group be produced?",
        "How do we get our HR staff set up on the billing portal for the first time?",
        "Our new plan is effective {date}. When should deductions begin?",
        "We're adding a location in Omaha, how do we get it set up with you?",
        "Who will be our implementation contact?",
        "What information do you need to finish our group setup?",
        "We just signed the application, what happens next?",
        "Can we get a test enrollment file loaded before go-live?",
        "how do we set up billing for a newly acquired company",
        "We need a separate bill for our new {company} location",
    ],
    "portal_help": [
        "I keep getting 'invalid password' on the billing site.",
        "How do I give my coworker access to the portal?",
        "The portal won't let me upload our CSV file.",
        "my login stopped working after the update",
        "where in the portal do I download the invoice",
        "The verification code never comes to my phone",
        "How do I unlock my portal account?",
        "Can you deactivate {contact}'s portal login?",
        "the billing website shows a blank page",
    ],
    "group_cancellation": [
        "We've decided to move our voluntary benefits to another carrier.",
        "Our company is shutting down at the end of {month}. What happens to the plan?",
        "We no longer want to offer these benefits. How do we cancel the group?",
        "Please terminate our group contract as of {date}.",
        "The rates went up again - we're thinking of dropping you.",
        "We're being acquired and the buyer has its own carrier. How do we end our plan?",
        "How do we cancel the whole program for all of our employees?",
        "What happens to our employees' coverage if our company ends the group?",
        "Our board voted to discontinue the voluntary plan.",
        "We want out of the contract, who handles group cancellations?",
        "Is it possible to end the group plan mid-year?",
        "we found cheaper coverage elsewhere and plan to switch on {date}",
        "we're going out of business, please cancel group {group}",
        "Can we cancel our group and let employees keep their own policies?",
        "Cost is too high for us, we are ending the plan for everyone",
        "Our renewal is too expensive, we plan to leave at the end of the year.",
        "we're closing our doors next month - what do we do about the insurance plan?",
        "Please send the paperwork to cancel our entire group.",
    ],
    "coverage_inquiry": [
        "what coverages is {person} signed up for",
        "How much does {person} pay for {product}?",
        "What is {person}'s monthly premium for her {life_product}?",
        "What benefits is {person} enrolled in?",
        "Which policies does {person} have?",
        "What's {person}'s benefit amount on {product}?",
        "is {person}'s coverage active right now",
        "When does {person}'s {product} coverage begin?",
        "How many of our employees have {product}?",
        "Who is covered under {person}'s policy?",
        "What's the paid-to date on {person}'s policy?",
        "Can you look up {person}'s policy details?",
        "Is {person} listed as tobacco or non-tobacco?",
        "how much life insurance does {person} have",
        "What tier is {person}'s accident coverage?",
        "What was the issue date of policy {policy}?",
        "list everyone enrolled in {product}",
        "what's {person} paying per paycheck",
        "Is {person}'s {spouse} on her plan?",
        "How many active policies do we have?",
        "Does {person} have {product} coverage?",
        "what is the status of {person}'s policies",
        "Tell me what {person} is enrolled in and the cost.",
    ],
    "human_agent": [
        "Can someone from your office give me a call?",
        "I'd like to talk to a real person about this.",
        "please transfer me to a live representative",
        "Have an administrator contact me today.",
        "Is there a phone number where I can reach a person?",
        "I prefer to discuss this with someone on the phone.",
        "can a human look at this please",
        "escalate this to a person",
    ],
    "greeting": [
        "Hello from {company}",
        "hi, it's {contact} from {company}",
        "Hi, this is {contact}",
        "Good morning from {company}!",
        "hey, {contact} here from {company}",
        "Hi! I'm the benefits coordinator at {company}.",
        "Good evening",
        "hello, anybody there?",
        "Hi, I'm new here at {company}",
        "hi, hope your day is going well",
        "morning all",
        "Hey, it's {contact} again",
        "hello hello",
        "Hi {contact}",
        "Good afternoon from the payroll office",
    ],
    "goodbye": [
        "thanks so much, that's all I needed",
        "ok great, have a good one",
        "that's it for today, thanks",
        "thank you, bye for now",
        "that helps, thanks!",
        "perfect, I'm all set",
        "thanks again, talk later",
        "much appreciated, goodbye",
        "that solves it, thank you",
        "ok thank you, have a nice day",
    ],
}

# Out of scope, second batch: close to our words (bills, payroll, coverage) but not our business.
MORE_OUT_OF_SCOPE: list[str] = [
    "How do I pay my electric bill online?",
    "our medical plan bill went up, can you explain the health insurance renewal?",
    "What's the copay for urgent care on our health plan?",
    "Can you help me cancel my cable subscription?",
    "How do I change my direct deposit in our payroll system?",
    "Our payroll provider deducted the wrong amount for taxes",
    "What is the mileage reimbursement rate this year?",
    "how do I set up a 401k deduction in our payroll software",
    "Can you recommend a good accountant for our business?",
    "How do I get a copy of my car title?",
    "my cell phone bill is wrong",
    "what's the best way to invest our cash reserves",
    "How do I enroll in Medicare?",
    "Can you send me a COBRA election notice for our medical plan?",
    "Our dental carrier denied a cleaning, why?",
    "How much vacation time should we give new hires?",
    "What is the federal unemployment tax rate?",
    "how do I file a workers comp claim for an injured employee",
    "Do you know a good payroll company?",
    "how do I book a flight to Denver",
    "what's a good name for our company picnic",
    "Can you write a job description for a receptionist?",
    "How do I get a business credit card?",
    "what time does the post office close",
    "can you renew my driver's license",
    "Does our umbrella liability policy cover employee lawsuits?",
    "How do I cancel my gym membership?",
    "Please set up direct deposit for my paycheck",
    "my tenant won't pay rent, what can I do",
    "what's our state's new hire reporting deadline",
]

# Third batch: short chat lines and plain statements, the way people type in the widget.
MORE_TEMPLATES["billing_mode"] += [
    "payroll freq changed to {payroll_mode}", "deduct every 2 weeks now pls", "twice monthly deductions from {date}?",
    "what would weekly deductions look like for us", "we only run 24 payrolls, not 26 - fix the mode",
    "Convert group {group} from monthly to {payroll_mode} premium deductions",
]
MORE_TEMPLATES["billing_schedule"] += [
    "bill due when?", "statement for {month} pls", "didn't get a bill", "invoice copy for {month}",
    "when's the next bill", "resend {month} statement", "when does the invoice get generated each month",
    "our bill is late this month",
]
MORE_TEMPLATES["bill_reconciliation"] += [
    "bill doesnt match payroll", "billed vs deducted for {person}", "{money} diff on {month} bill",
    "recon {month} list bill", "termed ees still on invoice", "payroll totals vs invoice totals don't tie out",
    "{policy} {amt}\n{policy} {amt}\n{policy} {amt}\nthese are our deductions, what's different from the bill?",
]
MORE_TEMPLATES["payment"] += [
    "total due?", "balance?", "what do we owe", "check rcvd?", "did the wire post", "past due?",
    "how do we pay", "payment status", "coverage lapse if unpaid?", "r we delinquent",
    "did check {checkno} clear", "owe anything?",
]
MORE_TEMPLATES["accounting_breakdown"] += [
    "premium by dept for {month}", "split premium by product", "ee-level premium report",
    "pretax/posttax split", "totals by tier pls", "{product} total premium this yr",
]
MORE_TEMPLATES["premium_refund"] += [
    "refund for {person}?", "we want our money back for the double payment", "refund check status",
    "overpayment refund {money}",
]
MORE_TEMPLATES["policy_suspense"] += [
    "unapplied {money}?", "suspense balance on {month} stmt", "why is money unapplied",
]
MORE_TEMPLATES["reinstatement"] += [
    "reinstate {person}'s {product}", "lapsed - put back in force", "restore cov for pol {policy}",
]
MORE_TEMPLATES["benefit_change"] += [
    "raise {person} to {benefit}", "reduce {product} benefit", "add rider for {person}", "GI amount?",
    "{person} wants more coverage", "change plan level for {person}",
]
MORE_TEMPLATES["tobacco_change"] += [
    "{person} smokes now", "{person} quit tobacco", "{person} non-tobacco now", "smoker status {person}",
    "{person} started vaping", "update {person} to tobacco user",
]
MORE_TEMPLATES["dependent_change"] += [
    "add baby to {person}'s plan", "remove ex-{spouse} from {person}", "{person} divorced - drop {spouse}",
    "add {person}'s {child}", "dependent age limit", "{person} married, add {spouse}",
]
MORE_TEMPLATES["termination"] += [
    "{person} quit", "{person} left {date}", "terminate {person}", "{person} retired - end cov",
    "cancel {person}'s {product}", "{person} resigned, term her",
]
MORE_TEMPLATES["policy_loan"] += ["loan on {person}'s WL", "policy loan interest?", "borrow {money} on {policy}"]
MORE_TEMPLATES["bank_draft"] += ["EFT for {person}", "draft bounced {person}", "stop EFT {policy}", "change draft date"]
MORE_TEMPLATES["policy_maintenance"] += [
    "{person} new last name", "{person} address change", "{person} DOB wrong", "update bene for {person}",
    "{person}'s name changed after marriage", "change {person}'s mailing address",
]
MORE_TEMPLATES["group_contract"] += [
    "generate group contract", "copy of master policy", "need our contract", "certificates for new hires",
    "contract copy pls", "master app copy", "send group policy", "amend the master contract",
]
MORE_TEMPLATES["claims_eligibility"] += [
    "{person} covered on {date}?", "claim eligibility {person}", "file claim how", "waiting period {product}",
]
MORE_TEMPLATES["new_case_setup"] += ["we're new, first bill?", "setting up new group", "new location billing setup"]
MORE_TEMPLATES["portal_help"] += ["login issue", "portal password", "portal locked", "upload error portal"]
MORE_TEMPLATES["group_cancellation"] += [
    "cancel our group", "we are switching carriers", "closing the company, end plan", "terminate group {group}",
    "drop the plan for all employees", "leaving you for another carrier", "end our contract",
    "group cancellation request", "too expensive - cancel the group", "shutting down business, cancel",
]
MORE_TEMPLATES["coverage_inquiry"] += [
    "{person}'s premium", "{person} policies", "what does {person} pay", "cov for {person}",
    "{person}'s benefit amt", "is {person} covered", "who is on {product}", "{person} coverage details",
    "premium for {person}?", "{person}'s {product} amount",
]
MORE_TEMPLATES["human_agent"] += ["person pls", "need a rep", "call back pls", "operator please"]
MORE_TEMPLATES["greeting"] += ["hello from {company}", "hi it's {contact}", "hey {contact} here", "morning from {company}"]
MORE_TEMPLATES["goodbye"] += ["thx all set", "that's all ty", "great bye", "ok thank you"]
MORE_OUT_OF_SCOPE += [
    "car ins claim", "medical bill question", "pay my phone bill", "payroll tax question", "HR policy help",
    "health plan deductible", "dental coverage", "vision benefits", "w-2 correction", "401k loan",
    "fix my printer", "good lunch spot?", "stock price today", "labor law poster", "employee handbook template",
]

# Fourth batch: each key idea of an intent in several wordings, so that whichever templates land
# in valid/test, training still holds the idea ("face amount", "username", "delinquent").
MORE_TEMPLATES["payment"] += [
    "Is our account delinquent?", "are we behind on payments", "What's the outstanding balance for group {group}?",
    "can we pay with a company credit card", "Do you take corporate cards for premium?", "How do I pay the premium electronically?",
    "what's our balance due", "Has our premium for {month} been received?", "Show me what we still owe for {month}.",
    "Are any of our bills unpaid?", "How long before policies lapse for non-payment?", "grace period on our group?",
]
MORE_TEMPLATES["coverage_inquiry"] += [
    "What's the face amount of {person}'s {life_product}?", "how much is the death benefit on {person}'s policy",
    "Does your system show {person} as a smoker?", "is {person} rated tobacco on her policy",
    "What is the benefit amount on {person}'s {product}?", "how much coverage is on policy {policy}",
    "What's {person} paying for her policies each month?", "What premium is {person} charged per pay?",
    "who is on {person}'s plan", "What's the coverage effective date for policy {policy}?",
    "how many employees are enrolled overall", "Is policy {policy} active or lapsed?",
]
MORE_TEMPLATES["portal_help"] += [
    "How can I change my portal username?", "can I update my login name on the billing site", "The portal page is blank when I log in.",
    "billing website not loading", "my portal session keeps timing out", "How do I add a new user to our portal account?",
    "Please remove a former employee's portal access.", "I can't find where to upload the remittance file in the portal",
    "two factor authentication code isn't working", "password reset link expired",
]
MORE_TEMPLATES["group_cancellation"] += [
    "We're replacing your plan with another carrier's next year.", "Premiums keep going up, we may drop the plan entirely.",
    "What's involved in cancelling our group?", "Our company is dissolving; how do we terminate the group?",
    "We plan to discontinue all voluntary coverage with you on {date}.", "thinking about dropping you guys because of price",
    "how do we end our relationship with you and cancel the plan", "we'd like to non-renew the group",
]
MORE_TEMPLATES["claims_eligibility"] += [
    "Is there a pre-existing condition exclusion on {product}?", "pre-existing limitation for {person}'s claim?",
    "How does an employee start a claim?", "where are claim forms", "was {person} active on the date of her accident, {date}?",
    "Is {person} past the waiting period for {product}?",
]
MORE_TEMPLATES["group_contract"] += [
    "Our broker needs the group master policy and riders.", "Can we get the summary plan description?",
    "Please send the policy forms for our state filing.", "We need a certificate of coverage for {person}.",
    "send me the plan documents for {product}", "can you email the master contract to our attorney",
]
MORE_TEMPLATES["billing_schedule"] += [
    "the {month} statement never came, can you send another copy", "Please send a duplicate of the lost statement.",
    "how do I get a copy of our bill as a PDF", "When are statements mailed?",
]
MORE_TEMPLATES["accounting_breakdown"] += [
    "Can you divide the invoice between our two divisions?", "premium split by division please",
    "What portion of the bill is pre-tax vs after-tax?", "Section 125 premium totals for {month}?",
]
MORE_TEMPLATES["tobacco_change"] += [
    "{person} was wrongly listed as a smoker, please fix", "Our employee selected tobacco by mistake when enrolling.",
    "How far back can a non-tobacco change be dated?", "The smoker box was checked in error for {person}.",
]
MORE_TEMPLATES["benefit_change"] += [
    "Remove the child term rider from policy {policy}.", "{person} wants to drop a rider from her policy",
    "What's the maximum {product} benefit we can offer?", "lower {person}'s coverage amount",
]
MORE_TEMPLATES["termination"] += [
    "{person} wants to cash out his whole life policy", "cash surrender for {person}'s WL", "surrender policy {policy} for cash",
]
MORE_TEMPLATES["human_agent"] += ["Can I get a call back tomorrow?", "please schedule a callback", "call me back this afternoon"]
MORE_TEMPLATES["goodbye"] += ["talk to you later", "thanks again!", "thanks a bunch, bye"]
MORE_TEMPLATES["greeting"] += ["Hi, good morning", "hey there, it's {contact}"]
MORE_OUT_OF_SCOPE += [
    "how do i reset my online banking password", "my email password isn't working", "what is the meaning of life",
    "is it going to snow this weekend", "I need a certificate of insurance for our general contractor",
    "what's the difference between an LLC and an S corp", "our health plan's deductible for family coverage",
    "dental waiting period for crowns", "can you reset my Windows password", "how do I log in to our 401k website",
]

# Fifth batch of out-of-scope: the neighbours of our intents by topic - other benefits' claims,
# retirement plans, personal errands, employment law, taxes, small talk.
MORE_OUT_OF_SCOPE += [
    "How do I submit a vision claim for my new glasses?", "my dental claim was denied", "who handles our medical claims",
    "can I borrow from my 401k to buy a house", "What's the 401k catch-up contribution limit?", "how do we roll over an old 401k",
    "our retirement plan administrator won't return calls", "How do I renew my car registration?",
    "where do I update my address for voting", "how do I change my name on my social security card",
    "Do hourly workers get paid for lunch breaks?", "how much notice do we have to give before layoffs under the WARN act",
    "Is a non-compete enforceable in Nebraska?", "Can we require employees to get vaccinated?",
    "how many sick days are employees entitled to", "What is the overtime threshold for exempt employees?",
    "Which tax form do contractors need?", "When is our state unemployment tax report due?",
    "how do I amend a 941", "do we need to send 1099s to LLCs",
    "who are you", "what's your name", "do you like pizza", "what's the score of the Huskers game",
    "is the stock market open today", "how old is the universe", "sing me a song",
    "should we form an LLC or a corporation", "how do I register a trade name", "where can I get a business loan",
    "How do I report a stolen company car to our auto insurer?", "Does our property insurance cover a broken window?",
    "What's our cyber liability coverage limit?", "Can you quote life insurance for me personally, not through work?",
    "my personal health insurance card hasn't arrived", "How do I get reimbursed from my FSA?",
    "What is our HSA employer contribution?", "can you help with our workers compensation premium audit",
    "Our EAP provider phone number?", "how do I order new business checks",
]
