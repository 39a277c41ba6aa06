"""Eighth batch of wordings (training only): contrasts around `coverage_inquiry`.

Out-of-fold predictions of five-fold cross-validation by template on train+valid (shipped
settings, three fold draws) call `coverage_inquiry` wrongly mostly for messages that name a person,
a policy or a product and use look-up words (in force, covered, benefit, tobacco, certificate,
premium, per check) but ask for something INTENTS.md assigns elsewhere: whether someone was
covered on the date of an event, waiting periods, filing (claims_eligibility); raising, lowering
or limiting a benefit, riders (benefit_change); a tobacco status said to be wrong or to change, or
what the rate becomes (tobacco_change); ending an employee's coverage, surrender (termination);
what is owed or past due on a policy (payment); the mode and per-pay amounts after a change
(billing_mode); adding or removing dependents and their cost (dependent_change); a certificate,
the SPD or the master policy as a document (group_contract); premium split by product or tier
(accounting_breakdown); bringing a lapsed policy back (reinstatement). The reverse errors are
mostly tobacco look-ups called tobacco_change.

So the entries come in pairs of a kind: the same vocabulary, each time with the request that
INTENTS.md assigns to the label written next to it, e.g.

* "was pol X in force on date of loss 3/1?" is claims_eligibility; "right now, is X's accident
  active or terminated?" is coverage_inquiry;
* "does X's accident carry any riders today?" is coverage_inquiry; "can X drop the accidental
  death rider?" is benefit_change;
* "does your file have X down as a smoker?" is coverage_inquiry; "your file has X down as a smoker
  - she isn't, please fix it" is tobacco_change;
* "we termed X in March - does your system show her coverage as ended yet?" is coverage_inquiry;
  "stop X's accident, she's no longer with us" is termination;
* "premium amount on pol X - per month?" is coverage_inquiry; "balance due on cert X?" is payment;
* "what's on X's certificate - which coverages and how much?" is coverage_inquiry; "can I get a
  certificate of coverage for X?" is group_contract;
* "which dependents are on X's accident as of today?" is coverage_inquiry; "how much extra per pay
  to put X's two kids on her accident?" is dependent_change;
* questions about other plans and lines (dental, health, 401(k), general liability, personal auto)
  are out_of_scope.

A second pass takes the next weakest edges of the same run (filing a claim and claim forms against
other carriers' claims and the timing of a benefit increase; the list bill's lines wrong against a
bill missing or its due date against what is owed; money asked back worded with "check", "owed"
and "overpaid"), a third the edges the first two left as they were (tobacco status asked about
against said to be wrong, in minimal pairs; certificates and the SPD as documents; a wrong name,
initial or state on the record).

Written from the label definitions and from the kinds of errors cross-validation makes on
train+valid; no test or independent message was read. generate.add_extra puts these
(generate.TRAIN_ONLY_BATCHES) into the train split only, after valid and test are complete, with a
random generator of its own (so valid, test and every earlier train row come out exactly as
before), half the time in the shared frames of render() and half the time in batch6.py's; entries
that are near-copies of any earlier template, action, chat line or earlier train-only entry are
dropped by the same filter (14 first drafts were, and were reworded).

Result (5-fold CV by template on train+valid, shipped settings, argmax). The folds of the
pre-existing templates are held fixed, batch rows go into training folds only, only pre-existing
messages are scored (9,164), pooled per draw and averaged over three fold draws (seeds 2291, the
draw of evaluate.cross_validate, 2292, 2293): in-scope accuracy 0.903 -> 0.908, out-of-scope recall
0.911 -> 0.914 (precision 0.886 -> 0.893), macro-F1 0.910 -> 0.915; F1 coverage_inquiry 0.878 ->
0.891 (precision 0.863 -> 0.885, recall 0.894 -> 0.898; up on each draw: 0.875/0.876/0.884 ->
0.887/0.890/0.897), tobacco_change 0.916 -> 0.928, group_contract 0.871 -> 0.883, termination 0.892
-> 0.902, claims_eligibility 0.885 -> 0.894, benefit_change 0.875 -> 0.882, bill_reconciliation
0.899 -> 0.911, billing_schedule 0.887 -> 0.895, payment 0.870 -> 0.873; down: premium_refund
0.922 -> 0.913, dependent_change 0.906 -> 0.901, portal_help 0.900 -> 0.897, no other intent down
by more than 0.001. The first pass alone gave in-scope 0.906, coverage_inquiry 0.883 (tobacco_change
0.909, its pairs too few); the first two 0.905 and 0.880. The plain re-drawn run
(evaluate.cross_validate's draw over all sources, new messages scored too) gives in-scope 0.902 ->
0.904, out-of-scope recall 0.913 -> 0.914, macro-F1 0.909 -> 0.911, coverage_inquiry 0.875 -> 0.869
(precision 0.861 -> 0.865, recall 0.890 -> 0.873: the batch's own held-out look-ups are harder),
tobacco_change 0.911 -> 0.922, group_contract 0.867 -> 0.887; on that run's own folds the data
before the batch scores in-scope 0.902, coverage_inquiry 0.875, and the data after it, scored on
the pre-existing messages only, 0.904 and 0.876: one draw moves coverage_inquiry by less than the
three fixed draws do.
Read once after the batch was kept, together with the perceptron's input dropout (config.cfg;
nothing was chosen on these): test split in-scope accuracy 0.938 -> 0.945, out-of-scope recall
0.990 -> 0.979, macro-F1 0.945 -> 0.951, coverage_inquiry F1 0.827 -> 0.889 (precision 0.796 ->
0.898), lowest intent F1 0.854 (payment); independent_v2 in-scope 0.975 -> 0.978, out-of-scope
recall 0.930 -> 0.930, lowest intent F1 0.923 -> 0.889 (tobacco_change, 13 messages).
"""

BATCH_8_TEMPLATES: dict[str, list[str]] = {
    # claims_eligibility: covered *on the date of an event*, waiting periods, filing, denials
    "claims_eligibility": [
        "{person} fell at home on {date} - was her {product} active that day?",
        "Need to know if cert {policy} was in force the day {person} went into the hospital.",
        "claim q: was {person} still covered on {date} or had her {product} already ended by then?",
        "She had surgery on {date}. Had her coverage kicked in yet, or was she still in the waiting period?",
        "Is there a waiting period before {person} can claim on the {product} she just picked up?",
        "{person} broke her wrist at softball this weekend. Does her {product} pay on that?",
        "pol {policy} - in force on date of loss {date}?",
        "The accident happened {person}'s first week on the job. Can she still file on her {product}?",
        "how does {person} file for her hospital stay under the {product}",
        "Was {person}'s {spouse} still on the policy when he got hurt on {date}?",
        "The claims dept says {person} wasn't eligible on {date}, but we were deducting for her. Who's right?",
        "{emp} was admitted {date} - eligible under her {product} at that point?",
    ],
    # benefit_change: raise, lower, add or drop a rider, limits, when changes are allowed
    "benefit_change": [
        "Mid-year, can {person} move her {product} up a level, or is she stuck until enrollment?",
        "What's the most {life_product} a new hire can get without answering health questions?",
        "Can {person} drop the accidental death rider and keep the rest of her policy?",
        "please knock {person}'s {product} benefit down to the lowest option",
        "Is {person} allowed to move from the low plan to the high plan on {product} now or only at open enrollment?",
        "whats the GI limit on {life_product} for our group",
        "{emp} wants to add the cancer rider, what do we need to send?",
        "Bump {person}'s {life_product} coverage to {benefit} starting {date} pls",
        "{person} wants {benefit} more on her {life_product} - how high can she go before medical underwriting?",
    ],
    # tobacco_change: correct or change the status, the definition, what the rate becomes
    "tobacco_change": [
        "{person} quit smoking over a year ago - how do we get her moved to the non-tobacco rate?",
        "We marked {person} as a nicotine user by mistake when she enrolled. Please correct that.",
        "{person} started using chewing tobacco, we need to report it on her {product}.",
        "If {person} gets switched to non-smoker, what does her premium drop to?",
        "are nicotine pouches or patches counted as tobacco for the smoker rate?",
        "switch {emp} to non-tobacco eff {date}",
        "Tobacco status on pol {policy} needs to go from smoker to non-smoker.",
        "She's been smoke-free 12 months - can {person}'s {product} be re-rated as non-tobacco?",
        "how long does someone have to be off cigarettes to qualify as a non-smoker with you",
    ],
    # billing_mode: change the mode, or what per-pay amounts become after a change
    "billing_mode": [
        "Switch policy {policy} from monthly to every-two-weeks deductions, please.",
        "Payroll goes semi-monthly in {month} - what will {person}'s per-check deduction for {product} be then?",
        "if pol {policy} went to quarterly direct bill, what would each quarterly premium be",
        "Can {person}'s policy be billed once a year instead of monthly?",
        "we're changing to weekly pay; how do the per-pay amounts for our people change?",
    ],
    # payment: what is owed or past due on a policy, whether it was paid
    "payment": [
        "How much has to be sent in to get {person}'s policy current?",
        "Balance due on cert {policy}?",
        "pol {policy} shows past due on our statement - what do we need to send?",
        "Is anything still owed on policy {policy} for {month}?",
        "Did the premium for {person}'s {product} get paid for {month} or is it outstanding?",
    ],
    # termination: end an employee's coverage, surrender, does coverage end when leaving
    "termination": [
        "Last day for {person} was {date} (she resigned). Shut off everything she has with you.",
        "stop {emp}'s {product}, she's no longer with us",
        "{person} and {person} were let go today - cancel their policies.",
        "If {person} gives up her {life_product} for the cash, roughly what's the payout?",
        "{person} retired on {date}. Does her coverage stop when she leaves?",
        "cancel cov on pol {policy} eff end of month, employee quit",
        "Please remove {person} from all products - she was terminated for cause on {date}.",
    ],
    # dependent_change: add or remove a spouse or child, dependent eligibility and cost
    "dependent_change": [
        "{person}'s ex-husband needs to come off her {product} - the divorce was final {date}.",
        "How much extra per pay to put {person}'s two kids on her {product}?",
        "Can {person} add her stepson now that he lives with her full time?",
        "Does a 26-year-old son still qualify as a dependent on your plans?",
        "{person} wants to cover her {spouse} too - what's the cost difference?",
        "drop the {child} from {emp}'s {product}, he aged out",
    ],
    # group_contract: certificates, the master policy or application, plan documents
    "group_contract": [
        "Can you email {person}'s certificate for her {product}? She lost hers.",
        "Do you have a certificate booklet on {product} we can give employees?",
        "Where's our master app? The auditor wants to see it.",
        "Please send the plan summary for {life_product} so we can hand it out to employees.",
        "cert copy for {emp} pls",
        "We need the group policy amended to add our new {state} location.",
        "{person} needs proof of her {product} coverage for a loan - can you send her certificate?",
    ],
    # accounting_breakdown: premium totals split by product, tier, department, period, tax
    "accounting_breakdown": [
        "Total premium by product line for {month}, please.",
        "What portion of what we pay you each month is {product}?",
        "Split our {month} premium between pre-tax and after-tax, please.",
        "Could you total our premium by department for the year?",
        "How much of our monthly premium is employee-only tier and how much is family tier?",
        "For the budget: annual premium per product across all employees?",
    ],
    # reinstatement: bring lapsed or terminated coverage back
    "reinstatement": [
        "Her {product} lapsed back in {month} after a missed deduction - can {person} get it reinstated?",
        "What do we need to do to get pol {policy} back in force?",
        "We termed {person} by accident on {date}, she never left. Restore her coverage please.",
    ],
    # coverage_inquiry: the same vocabulary, each time a look-up of what the policy data holds
    "coverage_inquiry": [
        "Right now, is {person}'s {product} active or terminated?",
        "{person} started in {month} - what effective date do you have on her {product}?",
        "As of today, which policies does {person} have in force?",
        "Which benefit level is {person} on for {product} - the low plan or the high plan?",
        "Does {person}'s {product} carry any riders today?",
        "Before {person} decides on an increase, what face amount does she have on her {life_product} now?",
        "Quick lookup - smoker or non-smoker on file for {person}?",
        "Which rate class is {emp} in on her {life_product}, tobacco or standard?",
        "how is {person} coded right now for tobacco? just checking, nothing to change",
        "current per-check amount on cert {policy}?",
        "What is {person} being charged per paycheck at the moment, all products together?",
        "Premium amount on pol {policy} - per month?",
        "We termed {person} in {month} - does your system show her coverage as ended yet?",
        "Which dependents are on {person}'s {product} as of today?",
        "Is {person}'s {spouse} listed on her {product}? just confirming",
        "What's on {person}'s certificate - which coverages and how much?",
        "monthly premium {person} is charged for {product}?",
        "Did {person}'s {product} lapse, or is it still in force?",
        "Can you confirm {emp} is enrolled in {product} and at what amount?",
        "pls confirm what {person} is enrolled in - she says she never signed up for DI",
        "When did pol {policy} begin, and has it ended?",
        "how many of our EEs are covered on {product} today",
    ],
}

# Out of scope, borrowing coverage words: other lines of insurance, other plans, general questions.
BATCH_8_OUT_OF_SCOPE: list[str] = [
    "What does our group dental plan cover for crowns?",
    "Does our health plan cover telehealth visits?",
    "How many employees are in our 401(k)?",
    "What's the deductible on the company health plan this year?",
    "Can you check whether our general liability policy is still active?",
    "How much life insurance should a 40-year-old with two kids have?",
    "Who is covered on my personal auto policy?",
    "How many employees do we need to count as a large employer under the ACA?",
    "Is my daughter still covered on my vision plan after she turns 26?",
    "What's the effective date of the new overtime rule?",
]

# Second pass: the next weakest edges of the same CV run. Filing a claim, claim forms, deadlines
# and waiting periods before a claim pays (claims_eligibility; held out they went out of scope or to
# benefit_change), against when a benefit increase takes effect (benefit_change) and other
# carriers' claims (out_of_scope); the list bill's lines wrong (bill_reconciliation) against a bill
# missing or its date (billing_schedule) against what is owed (payment); money asked back
# (premium_refund) worded with "check", "owed" and "overpaid".
BATCH_8B_TEMPLATES: dict[str, list[str]] = {
    "claims_eligibility": [
        "One of our guys got hurt on a ladder at home - what's the process for him to file on his accident policy?",
        "Where would {person} get the form to put in a claim on her {product}?",
        "How many days after the hospital stay does {person} have to get her claim in?",
        "Can we send in {person}'s claim paperwork for her, or does she have to do it herself?",
        "New enrollees: how long before the {product} will pay on a claim?",
        "Her claim got kicked back as not eligible - what does that mean if she's been paying since {month}?",
        "is there a phone # or website where employees start a claim",
    ],
    "benefit_change": [
        "If {person} raises her {product} now, when does the higher amount start?",
        "Once an increase is approved, how long until the new benefit is in effect?",
    ],
    "bill_reconciliation": [
        "{person} is still billed on the {month} statement but she left in {month} - please credit it off.",
        "Why is {person}'s amount on the invoice different from what payroll takes out of her check?",
        "Two lines for the same employee on our list bill this month - please remove the extra one.",
        "We never enrolled {person}, but she's on our bill. Take her off please.",
        "The per-person amounts on the {month} bill went up and nobody told us - can you walk us through it?",
    ],
    "billing_schedule": [
        "The {month} statement hasn't shown up in our inbox yet - can you resend it?",
        "What date does each month's list bill get produced?",
        "Can you send the {month} invoice to {email} as well?",
        "Haven't seen an invoice from you for {month} - did one get created?",
        "Is the due date on our premium bill the 1st or the 10th of the month?",
    ],
    "payment": [
        "The {month} bill came - what's the total due today, including anything late?",
        "How much is still open on our account after the check we sent on {date}?",
    ],
    "premium_refund": [
        "We overpaid group {group} by {money} - mail the difference back to us please.",
        "When does the premium we paid after {person} passed away get sent back to us?",
        "We kept paying for {person} after she termed in {month}; we want that premium refunded.",
        "You owe us {money} from the duplicate payment - is the check in the mail?",
    ],
}

BATCH_8B_OUT_OF_SCOPE: list[str] = [
    "A customer slipped in our store - who handles that claim, our liability carrier?",
    "Where do employees get claim forms for our dental plan?",
    "How long is the waiting week before state paid family leave starts paying?",
    "How long do we have to file a claim on our commercial property policy after the storm?",
]

# Third pass: the edges the first two left as they were. Tobacco status asked about
# (coverage_inquiry) against tobacco status said to be wrong or to change (tobacco_change), in
# minimal pairs: the same "shows as", "on file", "rated", "coded" with a question on one side and
# a correction on the other; certificates, the SPD and riders as documents (group_contract) against
# what a certificate or policy holds (coverage_inquiry); a wrong name, initial or state on the
# record (policy_maintenance).
BATCH_8C_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "Does your file have {person} down as a smoker? HR is just double-checking.",
        "On file for {emp}: tobacco or non-tobacco?",
        "Can you tell me whether {person}'s {product} was issued at smoker or non-smoker rates?",
        "Which of our employees are rated as tobacco users?",
        "What riders does {person} have on her {life_product}?",
        "What name and birth date do you show on policy {policy}?",
        "is {person} coded as a nicotine user or not",
    ],
    "tobacco_change": [
        "Your file has {person} down as a smoker - she isn't, please fix it.",
        "{emp} is on file as tobacco, that's an error. Change to non-tobacco pls.",
        "{person}'s {product} was issued at smoker rates but she's never smoked - can that be corrected?",
        "{person} told us she took up vaping, so her policy needs to be switched to tobacco.",
        "is {person} able to go back to non-smoker rates once she's quit for a year",
        "coded as a nicotine user in error - {person}, pol {policy}",
        "What's the process to correct a wrong smoker status on an employee's policy?",
    ],
    "group_contract": [
        "Can I get a certificate of coverage for {person}? Her mortgage lender wants it.",
        "An employee asked for the SPD on our {product} plan - can you email it?",
        "Need the rider pages from our group policy for the broker.",
        "certs for everyone on {product} pls - we're doing a benefits fair",
    ],
    "policy_maintenance": [
        "Policy {policy} has the wrong middle initial for {person} - it's R, not B.",
        "Her last name is spelled wrong on policy {policy}, can you correct it?",
        "{person} moved to {state}, please update the state on her policy record.",
    ],
}

# Hand-written e-mails: (intent, secondary intents, text with {slots}).
BATCH_8_EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    ("claims_eligibility", (), """Hi {contact},

{person} was in a car accident on {date} and is filing on her {product}. The claims office asked us to confirm she was covered on that date - her deductions started in {month}. Can you confirm she was eligible when it happened?

Thanks,
{contact}
{title} | {company}"""),
    ("coverage_inquiry", (), """Hello,

I'm updating our benefits binder. Could you tell me what {person} currently has with you - products, benefit amounts and what she pays per paycheck?

Thank you,
{contact}"""),
    ("tobacco_change", (), """Hi,

{person} brought in a letter from her doctor showing she's been tobacco-free since last year. She's still being charged the smoker rate on her {product}. What do we need to send to get her changed to non-tobacco?

Regards,
{contact}
{company}"""),
    ("termination", ("coverage_inquiry",), """Good morning {contact},

{person}'s last day with us is {date}; please terminate her {product} as of then. Also, can you tell me whether she has any other policies with you that we should end?

Thanks,
{contact}
{title}"""),
    ("benefit_change", (), """Hello,

{person} had a baby and wants to raise her {life_product} from {benefit} to {benefit}. Can she do that now, or does she have to wait for open enrollment, and will she need to answer health questions?

Thank you,
{contact}
{company}"""),
    ("group_contract", (), """Hi {contact},

Our new CFO wants a copy of the master policy and every certificate form for the {product} plan for her files. Could you send those as PDFs?

Best,
{contact}
{title} | {company}"""),
    ("dependent_change", (), """Hi,

{person} got married on {date} and wants to add her {spouse} to her {product}. What will that add to her per-pay cost, and what form do we use?

Thanks,
{contact}"""),
    ("payment", ("coverage_inquiry",), """Hello,

Our statement shows policy {policy} as past due. How much do we need to send to bring it current? And while you're in there, what does that employee have in force?

Regards,
{contact}
{company}"""),
    ("out_of_scope", (), """Hi,

One of our employees asked whether her dental coverage includes braces for her son. Our dental plan is with another company - do you know how she would find out?

Thanks,
{contact}"""),
]
