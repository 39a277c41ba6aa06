"""Sixth batch of wordings (training only): variety of phrasing, not fixes for known messages.

Written without looking at any held-out message, from the kinds of wording employers use that the
earlier batches lack: HR/payroll shorthand ("emp #2291", "EE", "bi wkly", "CI", "DI", "EFT",
"addy", "ck #"), look-ups told as a situation ("I have X in my office asking what she signed up
for"), audits and head counts, what-is-owed questions as AP would ask them ("AP is cutting checks
Thursday"), maintenance requests that carry the new value (addresses, phone numbers, e-mail
addresses, states, corrected birth years), and out-of-scope questions that borrow our words
(grace period, beneficiary, certificate, address change, loan, termination, past due) about other
insurance lines, HR law, taxes, banking or personal matters.

Most entries are for the intents five-fold cross-validation by template confuses most:
coverage_inquiry (with tobacco_change, benefit_change, claims_eligibility, accounting_breakdown,
termination, out_of_scope), payment (with out_of_scope, coverage_inquiry, premium_refund,
policy_suspense, billing_schedule) and policy_maintenance (with out_of_scope and the intents of
two-request messages); their neighbours get contrasting entries that use the same words for what
INTENTS.md assigns elsewhere. Each entry was checked against the INTENTS.md definition and
boundary rules of its label, e.g.:

* "is X set up as tobacco or non?" looks data up (coverage_inquiry); "X was keyed as tobacco by
  mistake" asks for a correction (tobacco_change);
* "what did X elect" is coverage_inquiry; "what is the most X can elect" is a limit
  (benefit_change);
* "is X's policy active" is coverage_inquiry; "was X covered when she had surgery on 3/1" is
  claims_eligibility;
* "what is X's premium" is coverage_inquiry; "premium by product for March" is
  accounting_breakdown; "what do we owe on X's policy" is payment;
* the group paying its bill by EFT/ACH is payment; an insured's own draft is bank_draft;
* naming a spouse as beneficiary is policy_maintenance; adding a spouse to coverage is
  dependent_change; a new bank account for an insured's draft is bank_draft.

generate.add_extra puts these into the train split only, after valid and test are complete, with a
random generator of their own, through frames (greetings, sign-offs, signatures, chat openers)
that the template splits never use; entries that are near-copies of any earlier template, action,
chat line or earlier extra.py entry are dropped by the same filter as extra.py's.

Result (5-fold CV by template on train+valid, the intent model of commit 9b25380, argmax, no
thresholds): `evaluate --cv` in-scope accuracy 0.870 -> 0.889, out-of-scope recall 0.911 -> 0.921,
precision 0.800 -> 0.841. With the folds of the pre-existing templates held fixed, on the
pre-existing messages only (so the new, easier or harder, held-out wordings don't enter the
comparison): in-scope 0.870 -> 0.879, out-of-scope recall 0.911 -> 0.927, F1 coverage_inquiry
0.815 -> 0.840, payment 0.799 -> 0.820, policy_maintenance 0.911 -> 0.921. The out-of-scope entries
avoid unanchored "grace period" wordings beyond two: with five, an unanchored "how long is the
grace period" (payment) went to out_of_scope.
"""

ROUND_6_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "pls pull {person}'s coverage - {emp}",
        "{emp} - what is she enrolled in?",
        "Looking for the policy info on {person} ({emp}): products, benefit amounts and what we deduct.",
        "I have {person} in my office asking what she signed up for. Can you tell me?",
        "{person} swears she enrolled in {product} last fall. Do you show it on her record?",
        "Can you give me a rundown of {person}'s policies with you?",
        "What all does {person} carry with you guys?",
        "Do you show a {product} policy for {person}, or was it never issued?",
        "status check on pol {policy} pls - active?",
        "Is {person}'s {life_product} still in force or did it lapse?",
        "Quick status check: is cert {policy} active, pending or lapsed?",
        "How much {product} coverage did {person} end up with?",
        "How much is {person}'s DI per month - the benefit, not the premium?",
        "What is {person} paying bi wkly for everything combined?",
        "How much comes out of {person}'s check for {product}?",
        "What's the per-pay deduction on cert {policy}?",
        "Who's the insured on cert {policy} - {person} or her {spouse}?",
        "Which of {person}'s kids are listed on her {product}?",
        "Is {person}'s {spouse} still on her {product} or was he taken off at some point?",
        "Does {person} have employee-only or employee + spouse on {product}?",
        "What coverage tier is {emp} in for {product}?",
        "How many EEs do we have on {product} right now?",
        "Headcount on group {group} by product pls",
        "Can you tell me how many of our employees have at least one active policy?",
        "Give me the list of people on {product} with their benefit amounts.",
        "Who on our account has {life_product}, and for how much?",
        "Do any of our employees still have the old {product} plan?",
        "What date does {person}'s {product} show as effective?",
        "When did policy {policy} start?",
        "What are the issue date and current premium for cert {policy}?",
        "{person} is asking what her {life_product} would pay her family. What's the death benefit?",
        "I need to confirm enrollment for {person} - is she on {product} or not?",
        "Does anyone on group {group} have spouse coverage on {product}?",
        "What is the premium now on {person}'s {product} after the rate change?",
        "{person} wants to know the premium for her {product} plan. What is it?",
        "{emp} premium pls",
        "what do we have {person} enrolled in and at what amounts",
        "Who is listed as covered on {person}'s hospital plan?",
        "Can you confirm the coverage amount for {person}'s term policy?",
        "What was the original issue date on policy {policy}?",
        "I'm auditing our enrollments - can you tell me everyone who has {product} and the tier each is on?",
        "how many policies does {person} have with yall",
        "do u show {person} as enrolled",
        "is {person} on file at all? cant find her on our list",
        "What premium do you have on record for {person}'s {product}?",
        "Please confirm {person}'s current coverages and premiums, we're prepping for open enrollment.",
        "Need to see {person}'s benefit levels before our meeting with her tomorrow.",
        "Tell me the status and face amount of {person}'s {life_product}.",
        "What's the tobacco class on cert {policy}?",
        "Is {person} set up as tobacco or non on her {product}?",
        "Do you have {person} at the family tier or employee plus children?",
        "What's {person}'s CI benefit - {benefit} or less?",
        "EE {person} - active policies and monthly cost?",
        "Which products is {emp} signed up for?",
        "Can you check if {person} still has her {product} with you after she went part time?",
        "How many of our people picked the high plan on {product}?",
        "Is there an active {life_product} policy on {person}? Her {spouse} is asking.",
        "what's the current status on {person}'s coverage? she enrolled a month ago",
        "Do you see coverage for {person} under group {group} or under a different group?",
        "{person} DI benefit amt?",
        "any idea what {person} is covered for",
        "Can I get a coverage verification for {person}? Just the products and amounts.",
    ],
    "tobacco_change": [
        "{person} was keyed as tobacco at enrollment, she's not - pls fix on pol {policy}",
        "Please switch {person} to non-tobacco, she's been nicotine-free for a year.",
        "{person} started smoking again - we need to report it and change her class.",
        "{person} finished a smoking cessation program. How do we get her re-rated?",
        "Does chewing tobacco count as tobacco use for your rates?",
        "If {person} goes non-tobacco, what will her {product} premium drop to?",
        "Do e-cigarettes count as nicotine under your definition?",
        "{person} checked the tobacco box by mistake at enrollment, please change her to non-tobacco.",
        "{person} admits she smokes now - move her to tobacco rates on her {product}.",
        "Our wellness program verified {person} is nicotine free; update her class to non-smoker.",
    ],
    "benefit_change": [
        "{person} wants to go up to {benefit} on her {life_product} - what does she need to do?",
        "Can {person} lower her CI from {benefit} to {benefit}?",
        "What's the most {product} coverage an employee can buy without medical questions?",
        "pls add the wellness benefit rider to pol {policy}",
        "Can employees move from the low to the high accident plan outside open enrollment?",
        "{person} wants the return of premium rider taken off to save money.",
        "When can {person} next increase her disability benefit?",
        "Is there a cap on the daily benefit we can offer on hospital indemnity?",
        "{person} would like to add {product} for herself mid-year, is that allowed?",
        "{person} elected too much {life_product}; can she reduce it to {benefit}?",
        "What's the max benefit {emp} could elect on DI based on her salary?",
        "Can we change the whole group from the basic to the premier CI plan at renewal?",
    ],
    "claims_eligibility": [
        "{person}'s {child} was hospitalized on {date}. Was he on the policy at that point?",
        "How does {person} file a claim on her {product}?",
        "{person} had surgery {date}; was her coverage in effect yet or still in the waiting period?",
        "A claim for {person} was denied saying she wasn't eligible, but she's been here a year - can you check?",
        "Does a pre-existing condition keep {person} from claiming on her {product}?",
        "Was {person} eligible on {date}, the day she got hurt?",
        "Where do we get a claim form for {product} and where does it go?",
        "{person} is out on maternity leave - can she claim on her DI?",
        "Is there a waiting period before {person}'s CI pays on a diagnosis?",
    ],
    "accounting_breakdown": [
        "Need the {month} premium by product for our GL coding",
        "Can you split our total premium by department - 100, 200 and 300?",
        "Break out what each employee paid in {month} for our accountant.",
        "What's the total premium for {product} across the whole group for {month}?",
        "How much of this year's premium was pre-tax?",
        "YTD premium totals by product line please",
        "Premium by coverage tier for {month}?",
        "Our auditors need premium per employee for the plan year.",
    ],
    "billing_schedule": [
        "When will the {month} bill be ready?",
        "Can you email me another copy of invoice {checkno}?",
        "We still haven't received the {month} statement - did it go out?",
        "What date do you usually generate our list bill?",
        "Need a duplicate of the {month} invoice for AP",
        "When should we expect next month's invoice?",
    ],
    "premium_refund": [
        "{person} passed away on {date} and we paid premium after that. Can we get it back?",
        "We paid {money} twice by mistake - how do we get the duplicate back?",
        "Any update on the refund check for {person}'s overpaid premium?",
        "How do you figure the refund when a policy is cancelled mid-month?",
        "Please send us the credit balance as a refund instead of applying it.",
        "We're still waiting on the {money} refund you promised in {month}.",
    ],
    "policy_suspense": [
        "We sent {money} on {date} and it isn't showing against any invoice - is it in suspense?",
        "There's {money} sitting unapplied on our account, please apply it to {month}.",
        "Why is part of our payment being held in suspense?",
        "Can you move the unapplied money over to {person}'s policy?",
    ],
    "payment": [
        "what's the damage for {month}?",
        "Need the total due for group {group} so I can cut a check today",
        "pls send me the amount to bring us current - AP is cutting checks Thursday",
        "AP needs to know how much to remit for {month}",
        "Can you confirm you got our EFT of {money} on {date} for the group bill?",
        "We're a month behind. What's the total to get caught up?",
        "How many days past due are we?",
        "Is {month} paid? AP thinks so but I'm not sure.",
        "Can you see if our last check posted? ck #{checkno}",
        "Did you receive payment for invoice {checkno}?",
        "What's the routing and account number for sending you an ACH?",
        "Can we pay through our bank's online bill pay?",
        "Can I split the premium payment between two cards?",
        "We're short this month - can we pay half now and the rest in two weeks?",
        "We overlooked the {month} invoice - are we past the grace period yet?",
        "When does our grace period for {month} run out?",
        "Is there still time to pay before our employees' coverage lapses?",
        "Please tell me our balance as of {date}.",
        "Does your system show we paid {month} and {month}?",
        "I need to pay {money} for group {group} - can I do that on the portal?",
        "We got a delinquency letter dated {date}. What do we need to pay to fix it?",
        "How do we pay the past due amount on {person}'s policy {policy}?",
        "pls confirm rcpt of ck {checkno} for {money}",
        "has our pymnt posted yet? sent it {date}",
        "what's our acct balance with you",
        "are we paid thru {month}?",
        "What's the minimum we have to pay to keep everyone covered?",
        "Is the {money} we sent enough to cover the {month} bill?",
        "We need to pay by wire this time - can you send wiring instructions?",
        "Can we mail a check or do you only take electronic payments?",
        "What happens if we pay {month} ten days late - do the policies lapse?",
        "Our controller wants to know if we have any open balance with you.",
        "Just want to make sure we're not behind on anything with you.",
        "Did the {money} go through? Our bank still shows it pending.",
        "Will there be a late charge if we pay a few days after the due date?",
        "I'm new in AP. How do we normally pay you?",
        "We're past due and I want to get it settled today with a card.",
        "how much to pay to avoid a lapse",
        "payment for {month} sent via ACH {date}, pls confirm",
        "Do we owe anything on {person}'s policy or is it current?",
        "Can we pay several months at once?",
        "What's your lockbox address for premium payments?",
        "Do you show our {month} premium as received or still open?",
        "The {month} remittance went out by EFT yesterday - has it hit?",
        "We were told we're delinquent. How much, and how do we pay it today?",
    ],
    "policy_maintenance": [
        "{person} moved - new addy is {street}",
        "Pls update {emp}'s home address to {street}",
        "Address change for {person}: {street}, effective {date}",
        "{person}'s correct DOB is {date}, you have it wrong",
        "DOB correction for {emp} - it should read {date}",
        "{person} got married and her name is now {person}.",
        "{person} took her husband's last name, please update all of her policies.",
        "{person} would like her {spouse} as primary and her {child} as contingent beneficiary.",
        "Need a beneficiary designation form for {person}",
        "{person} wants to take her ex off as beneficiary.",
        "Our payroll IDs changed with the new HRIS - can I send you a spreadsheet of old and new numbers?",
        "Please change {person}'s employee number to {emp}.",
        "{person}'s SSN was entered wrong - how do we correct it?",
        "Update {person}'s phone to {phone} and her email to {email}",
        "{person} now lives in {state}; please change her state of residence on her {product}.",
        "We moved headquarters to {street} - please update group {group}'s address.",
        "Company name change: we're now {company}. Please update the group record.",
        "Is there a form to change an employee's address, or can I just email it to you?",
        "fix name on pol {policy} - typo in the last name",
        "{person} divorced and wants her maiden name back on her certificates.",
        "Who's listed as beneficiary on policy {policy}? {person} wants to change it.",
        "pls update contact info for {person} - moved to {state}, new cell {phone}",
        "Where do I find a change of address form for an insured?",
        "Our billing contact moved offices; please update the group's mailing address to {street}.",
        "{person}'s birth year should be 1984, not 1948.",
        "{person} legally changed her name on {date} - what do you need from us?",
        "{person}'s payroll ID is duplicated with another employee; hers should be {emp}.",
        "{person} only wants her mailing address changed to {street}; her home address stays the same.",
        "Please correct the insured's first name on cert {policy}, it's missing a letter.",
        "{person} moved from {state} to {state}. Please update her address and state.",
        "{emp} has a new email address: {email}",
        "The employer address on our account still shows our old building.",
        "We rebranded - the group should now read {company}.",
        "{person}'s beneficiary needs to be updated to her {child} now that she's divorced.",
        "pls change {person}'s mailing addy, mail is coming back undeliverable",
        "Can the employee update her own beneficiary online or does it go through us?",
        "{person}'s DOB is off by one day on her {product} - it should be {date}.",
        "Need to update {person}'s last name and address, she remarried and moved.",
    ],
    "termination": [
        "{person}'s last day was {date}. Pls stop her {product} and {product}.",
        "{emp} separated from the company on {date} - terminate all coverage",
        "We had a layoff; {person} and {person} are done as of {date}.",
        "When {person} leaves next month, does her coverage stop on her last day?",
        "{person} dropped to part-time and isn't eligible anymore; please end her coverage.",
        "{person} gave her notice, last day {date}. What do we need to send you?",
    ],
    "dependent_change": [
        "{person} had a baby on {date} - how do we add him to her {product}?",
        "Can {person} add her {spouse} to her {product} now?",
        "{person}'s son turned 26, does he come off her policy?",
        "How much more would it cost {person} to add her kids to {product}?",
        "{person}'s divorce is final - remove her ex from her {product}.",
    ],
    "bank_draft": [
        "{person} left but wants to keep her {life_product} - can she pay by bank draft?",
        "Change {person}'s draft date to the 15th.",
        "{person}'s EFT came back NSF - what happens now?",
        "Move {person} from payroll deduction to EFT from her checking account.",
        "{person} has a new bank account, please update her draft.",
        "Stop the monthly draft on policy {policy}, we'll deduct it through payroll again.",
    ],
    "billing_mode": [
        "we're going from bi wkly to semi-monthly payroll on {date}; what happens to the deductions?",
        "What would {person}'s per-pay be if we switch to {payroll_mode}?",
        "Can our direct-bill retirees pay quarterly instead of monthly?",
        "Our pay schedule is changing to {payroll_mode} - do you need to redo the deduction amounts?",
    ],
    "portal_help": [
        "cant get into the employer site, says my acct is locked",
        "Where on the portal do I download the {month} bill?",
        "The enrollment upload keeps failing with 'invalid file format'.",
        "How do I give my assistant her own login to the billing site?",
        "I never got the activation email for the portal.",
        "The page just spins when I click Submit on the billing site.",
        "Is the billing portal down? I'm getting an error 500.",
        "The two-factor code goes to my old phone - how do I change it on the portal?",
    ],
    "group_cancellation": [
        "Our board voted to end the voluntary plan at year end.",
        "We found a cheaper carrier and plan to move everyone in {month}.",
        "We're closing our doors on {date}; what happens to our group plan?",
        "What would it take to cancel our whole group with you?",
        "We're not renewing the worksite plan - who do I notify?",
    ],
    "group_contract": [
        "Can you send me a copy of our master application for group {group}?",
        "We need the group policy documents for our auditor.",
        "Please amend the master contract to add our new location.",
    ],
    "new_case_setup": [
        "We just signed with you - what do you need from us to get the first bill out?",
        "When do deductions start for our brand new group?",
        "Who's our setup contact for the new account?",
    ],
    "reinstatement": [
        "{person}'s {product} lapsed on {date} - can we get it back in force?",
        "How do we reinstate coverage that dropped when we missed {month}?",
    ],
    "policy_loan": [
        "How much can {person} borrow against policy {policy}?",
        "What's the interest rate on {person}'s loan and how does she pay it back?",
    ],
    "human_agent": [
        "can I talk to an actual person",
        "Please have our account rep call me at {phone}.",
        "I'd rather speak to someone - is there a number?",
    ],
    "greeting": [
        "Hi - it's {contact} at {company} again",
        "Morning! {contact} here",
        "hello? anyone there",
        "Good afternoon from {company}",
    ],
    "goodbye": [
        "ok that's all I needed, thx!",
        "Perfect, that answers it. Have a good one",
        "great thanks bye",
        "That's everything for today, appreciate it",
        "got it, thank you so much!",
    ],
}

# Second pass over the same kinds (after the first cross-validation run): neighbours that the first
# pass's coverage look-ups pulled over (dependent eligibility and cost, whether an event is covered,
# plan documents and certificates), and more short, informal payment and maintenance wordings.
ROUND_6B_TEMPLATES: dict[str, list[str]] = {
    "coverage_inquiry": [
        "Can you tell me which employees dropped off {product} this year and who's still on it?",
        "{person} (emp {count}) - active or termed on your end?",
        "Pull up group {group} and tell me how many certificates are in force.",
        "we show {person} on {product} - do you?",
        "What is the premium {person} pays for {product}, and for which tier?",
        "need to know {person}'s coverage amounts for a leave of absence packet",
        "Do you still show {person}'s {child} as a covered dependent on her {product}?",
        "Is anyone in our group enrolled in both {product} and {product}?",
        "What's the total face amount on all of {person}'s life policies?",
        "Can you read me what's on file for {person}: products, tier, premium?",
        "{person} wants to know when her coverage took effect - can you look?",
    ],
    "dependent_change": [
        "Is {person}'s stepdaughter eligible to be covered on her {product}?",
        "Up to what age can kids stay on {product}?",
        "What does it cost per pay to add a {spouse} to {product}?",
        "{person} needs to add her {child} to the family plan - what's the deadline?",
        "Can a domestic partner be added to {life_product} coverage?",
        "{person}'s {spouse} passed away - please take him off her {product}.",
        "{person}'s daughter got married, does she still qualify as a dependent?",
        "Newborn for {person} on {date} - pls add to her cov",
    ],
    "claims_eligibility": [
        "{person} was in the ER on {date} - would her {product} pay for that?",
        "Her claim got kicked back for eligibility - can you check whether {person} was active on {date}?",
        "{person} tore her ACL skiing. Is that covered under her {product}?",
        "If {person} files a claim now, does the pre-existing condition clause apply?",
        "Is {person}'s {spouse}'s hospital stay from last week a covered claim?",
        "new hire {person} got hurt her second week, is she covered yet?",
        "We need proof {person} was insured on the date of loss for her claim.",
    ],
    "group_contract": [
        "Please send a new copy of {person}'s certificate, she lost hers.",
        "Can you generate updated certificates now that the plan changed?",
        "We'd like to amend our group contract to change the eligibility waiting period.",
    ],
    "billing_schedule": [
        "When is the cutoff date for changes to make it onto the next bill?",
        "pls resend {month} invoice",
        "Our bill used to come on the 5th and now it's late - did the schedule change?",
    ],
    "payment": [
        "Are we good on payments through {month}?",
        "how much we owe u for {month}",
        "Did the money we sent {date} make it?",
        "our {money} payment - did it post?",
        "Is our account in good standing or are we behind?",
        "Accounting says we have an open invoice with you - how much is it?",
        "Where do we send money for the group bill now that you moved?",
        "Can I pay the {month} bill with a debit card?",
        "We missed the due date by a day, is that a problem or are we still in the grace period?",
        "How can we get the past-due amount taken care of before the lapse date?",
        "Do you charge a fee to pay by card?",
        "Please let me know if the {month} premium has been received.",
    ],
    "policy_maintenance": [
        "Change {person}'s address to {street}; she's in {state} now.",
        "{person}'s name on file is her nickname - her legal name is {person}.",
        "The birth date you have for {emp} is wrong, it's {date}",
        "Please update our company contact phone to {phone}.",
        "{person} wants her {spouse} listed as beneficiary instead of her mother.",
        "Could you update {person}'s preferred email to {email}?",
        "{person}'s records show the wrong state, she never lived in {state}.",
        "Employee number correction: {person} is {emp}, not the number on the bill.",
    ],
    "reinstatement": [
        "{person} should never have been terminated - please restore her {product}.",
        "{person}'s policy lapsed while she was on unpaid leave; can it be brought back now that she's back?",
    ],
    "portal_help": [
        "The billing site says my user ID doesn't exist.",
        "How do I remove {contact}'s access to our portal? She left.",
        "Where's the upload button for the deduction file?",
        "My download of the {month} invoice comes out blank.",
    ],
    "group_cancellation": [
        "We want to stop offering these benefits to our employees altogether.",
        "How much notice do you need if we end the whole group?",
        "Ownership wants to drop the plan for everybody at renewal.",
    ],
    "greeting": [
        "hiya",
        "Good morning! Hope you're well.",
        "hey {contact} here from {company}",
    ],
    "goodbye": [
        "Thanks, that's all for now.",
        "awesome, thank you! bye",
        "Ok perfect. Talk soon",
    ],
}

# Third pass: payment wordings that name what is paid for only loosely ("the bill", "you guys")
# and so fell to out_of_scope, with out-of-scope contrasts about other bills; tobacco status looked
# up (coverage_inquiry) against tobacco status changed (tobacco_change); whether an event is
# covered (claims_eligibility).
ROUND_6C_TEMPLATES: dict[str, list[str]] = {
    "payment": [
        "What forms of payment do you take for the group premium?",
        "Is paying by Visa an option for our monthly premium?",
        "Do you pull the premium by ACH debit or do we push it to you?",
        "Can our bank send you the premium electronically?",
        "Where do we overnight a premium check?",
        "We'd like to pay by card over the phone - what number do I call?",
        "What's the easiest way to get you the premium this month?",
        "Could you send me a payment link for the {month} premium?",
        "how much r we behind",
        "any balance on our acct?",
        "prem due amt for {month}?",
        "ck cleared yet?",
        "What do I put on the memo line so our check goes to group {group}?",
        "We want to pay {month} and {month} together - what's the total?",
        "Is there a grace period if the premium is a little late this month?",
        "Will our people lose coverage if the check is a week late?",
        "We always pay by check - is that still OK with you?",
        "Our treasurer is asking whether the premium for group {group} is current.",
        "How do I make a one-time payment on our account?",
        "Need to pay today - card or ACH, whichever posts faster",
        "how many days of grace do we get after the due date",
        "grace period length?",
        "Do we still get a grace period if we've been late before?",
        "what's the grace period again",
        "how much is due",
    ],
    "coverage_inquiry": [
        "smoker or non-smoker - which is {person} on file as?",
        "What rate class is {person} in, tobacco or non?",
        "Is {person}'s {product} at the tobacco rate?",
        "tobacco status for {emp}?",
        "{person} - tobacco y/n on file?",
        "Does {person}'s policy show her as a nicotine user?",
        "What benefit amount did {person} choose on {product}?",
        "Is {person}'s policy {policy} paid up to date and active?",
        "How many lives do we have on {product} today?",
    ],
    "tobacco_change": [
        "Change {person} from smoker to non-smoker please.",
        "We need to flip {person}'s tobacco status on policy {policy}.",
        "What's the non-tobacco rate {person} would get on her {product}?",
        "How long does someone have to be tobacco-free to count as non-tobacco?",
        "{person} says she's never smoked - how do we get the tobacco rating removed?",
    ],
    "claims_eligibility": [
        "{person} wants to file on her accident policy for a fall at home - is she eligible?",
        "{person}'s claim was denied because her coverage supposedly wasn't active yet.",
        "Would {person}'s hospital stay in {month} be covered under her hospital indemnity?",
        "How soon after enrolling can {person} claim on {product}?",
        "Was {person}'s {child} on the policy when the injury happened on {date}?",
    ],
}

# Out of scope, borrowing our words: grace period, beneficiary, address and name changes, loans,
# certificates, terminations, past due, deductibles, claims, reinstatement, premium.
ROUND_6_OUT_OF_SCOPE: list[str] = [
    "What's the grace period on our building lease?",
    "How do I pay our property tax bill online?",
    "Our health insurance carrier says we're past due - can you help with that?",
    "My auto insurance lapsed, how do I get it reinstated?",
    "Can I change the beneficiary on my 401(k)?",
    "How do I update my address with the DMV?",
    "How do I change my name on my Social Security card after I got married?",
    "Does our medical plan cover fertility treatment?",
    "How do I sign up for Medicare Part B?",
    "Is my dental claim going to be paid?",
    "How do I cancel my streaming subscription?",
    "What's the balance on our corporate Amex?",
    "An employee's paycheck bounced - what do we do?",
    "What should our handbook say about remote work?",
    "How do I file a workers comp claim for an employee who got hurt?",
    "Why did my homeowners premium go up?",
    "How do I change the direct deposit on my own paycheck?",
    "Can you help me reconcile our bank statement in QuickBooks?",
    "Do we need to carry employment practices liability coverage?",
    "What's the deductible on our commercial property policy?",
    "How do I calculate overtime for a bi-weekly employee?",
    "Does our Section 125 plan document have to be filed with the IRS?",
    "How do I pay an invoice from our office supply vendor?",
    "Who do I call about a claim on our company truck?",
    "Is COBRA available for dental only?",
    "What's the status of my tax refund?",
    # not "How long is the grace period on a credit card?": it took the bare "How long is the
    # grace period?" (the employer's own question) out of scope with it
    "Can an employee's wages be garnished for unpaid medical bills?",
    "My HSA debit card was declined at the pharmacy.",
    "How do I change the mailing address on my W-2?",
    "Our general contractor needs a certificate of liability insurance from us.",
    "How do I add my daughter to my car insurance?",
    "What's the interest rate on a 401(k) loan?",
    "Can I borrow against my 401(k) to buy a house?",
    "Is my dog's surgery covered by pet insurance?",
    "How do I terminate an employee for cause without getting sued?",
    "What do I need to do to legally dissolve our LLC?",
    "Is there a waiting period for unemployment benefits?",
    "How do I get a replacement Social Security card?",
    "Tell me a joke about accountants",
    "What's the weather supposed to be on Friday?",
    "Our 401(k) match is past due to the plan - what's the penalty?",
    "How do I update the beneficiary on my bank account?",
    "Do we have to give a reference for an employee we let go?",
    "My renters insurance wants proof of address, what counts?",
    "What's the APR on a business line of credit these days?",
    "Can you recommend a good payroll company?",
    "Our long-term care insurance premium doubled - is that legal?",
    "How do I dispute a medical bill from the hospital?",
    "Who's going to win the game Sunday?",
    "How do I lock my credit after a data breach?",
    "What's a reasonable deductible for a small business health plan?",
    "When do I get my stimulus check?",
    "Is our building's flood insurance premium tax deductible?",
    "can u help me with my personal car loan payment",
    "how do i get my vision insurance card",
    "whats the late fee on a parking ticket",
    "Do we have to pay out bonuses to employees who quit?",
    # second pass
    "How do I request a copy of my mortgage statement?",
    "Where do I send my car payment?",
    "Can you tell me if my flight is covered by travel insurance?",
    "What's the balance on my student loans?",
    "How do I add a user to our payroll software?",
    "Our office alarm company billed us twice - how do we get a refund?",
    "Is our company required to offer short-term disability under state law?",
    "What's the process to terminate our office lease early?",
    "Do I need to report a name change to the IRS?",
    "How do I close our business checking account?",
    "Can you send me the certificate for our auto fleet policy?",
    "Who handles our group medical enrollment?",
    "My paycheck is wrong, who do I talk to in payroll?",
    "Can I pay my phone bill here?",
    "what's the due date on our water bill",
    "How much does a notary charge?",
    "We need to reinstate an employee's direct deposit in our payroll system.",
    # third pass: other bills and payments
    "When's the payment due on our company truck loan?",
    "How do I pay our state unemployment insurance tax?",
    "What's the late fee on our business credit card?",
    "Where do I mail the sales tax payment?",
    "Has our customer's check to us cleared yet?",
    "An employee owes us for a payroll advance - how do we collect it?",
    "Can we pay our health insurance premium by credit card?",
    "How do I set up autopay for our internet service?",
    "Our landlord says the rent check never arrived.",
    "What payment methods does the IRS accept?",
    "What's our balance with the office supply company?",
]

# Hand-written emails for the training split: (intent, secondary intents, text with {slots}).
ROUND_6_EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    ("coverage_inquiry", (), """Hi {contact} -

{person} stopped by my desk this morning. She's buying a house and the lender asked about her life insurance, and honestly she doesn't remember what she picked at enrollment.

Can you tell me what coverages she has with you (her employee # is {emp}), the face amount on the life policy and what she pays per paycheck? I'll pass it along to her.

Thanks!
{contact}
{title} | {company}
Direct: {phone}"""),
    ("coverage_inquiry", (), """Good morning,

We're doing our annual benefits audit and I need to make sure our records match yours.

1) How many employees have {product} under group {group}?
2) How many have {life_product}?
3) Is {person} still active? Our system says she is but she hasn't had a deduction in a while.

Thank you,
{contact}
{company}"""),
    ("coverage_inquiry", (), """Hello,

Sorry to bother you again. {person} is asking if her {spouse} is covered on her {product} or if it's just her. She thought she picked family coverage but isn't sure.

Could you check what tier she's on and who's listed on the policy?

Thanks,
{contact}

Sent from my iPhone"""),
    ("coverage_inquiry", (), """{contact},

Per our call, please send me the current status on policy {policy} (insured {person}). Is it active, what is the monthly premium, and when was it issued?

Regards,
{contact}
{title}"""),
    ("coverage_inquiry", (), """Hi team,

quick one - does {emp} ({person}) have {product} with you? we're getting conflicting info from our payroll report and I want to hear it from you before I say anything to her

thx
{contact}"""),
    ("payment", (), """Hi {contact},

Our AP clerk left last month and I'm trying to sort out where we stand. We got a notice that group {group} is past due but I can't tell which months we missed.

Can you tell me the total we owe today and the fastest way to pay it? I'd like to get it done before Friday so nobody loses coverage.

Thank you,
{contact}
{title}
{company}
{phone}"""),
    ("payment", (), """Hello,

We sent our {month} premium of {money} by EFT on {date}. Our bank shows it cleared on our side.

Has it posted to our account with you? I'd like to close out the month.

Best,
{contact}
Accounts Payable, {company}"""),
    ("payment", (), """Good afternoon,

This is {contact}, the new controller at {company}. I'm setting up our vendor payments and need to know how you like to be paid. Do you take ACH, and if so what are the bank details? If it has to be a check, what's the remittance address and what should go on the memo line so it's applied to the right group?

Thanks,
{contact}"""),
    ("payment", (), """hi - we mailed ck #{checkno} for {money} on {date} and I still see it as uncashed on our end. did you get it? if not I'll stop payment and send an ACH instead.

{contact}
{company}"""),
    ("payment", (), """Hello {contact},

Cash flow has been tight this quarter and I know we're behind on the premium. Before things get worse: how long is our grace period, and what's the amount we'd have to pay to keep everyone's policies from lapsing?

Appreciate your help,
{contact}
{title}"""),
    ("policy_maintenance", (), """Hi,

{person} ({emp}) moved last weekend. Her new address is:

{street}

Please update it on all of her policies. She also has a new cell number, {phone}.

Thanks,
{contact}
{company}"""),
    ("policy_maintenance", (), """Hello {contact},

{person} got married over the summer and her last name is now different. She brought in her new driver's license and marriage certificate. Can you update her name on her {product} and {life_product}? Let me know if you need copies of the documents.

Regards,
{contact}
{title} | {company}"""),
    ("policy_maintenance", (), """Good morning,

We switched payroll systems recently and every employee got a new payroll ID. I have a spreadsheet mapping the old IDs to the new ones for about 40 people.

What's the best way to get it to you so your records match ours?

Thank you,
{contact}
{company}"""),
    ("policy_maintenance", (), """Hi {contact},

When we enrolled {person} we typed her birthday as {date}. The correct date is a couple of years earlier. Please fix it on her policy {policy}.

Also she'd like to make her {child} the beneficiary instead of her former {spouse}.

Thanks,
{contact}

-----Original Message-----
From: {contact}
Subject: RE: employee records"""),
    ("policy_maintenance", (), """Hello,

Please note our company has moved. Effective {date} our mailing address is {street}. Please update group {group} so our mail, including the bills, comes to the new office.

Thank you,
{contact}
{title}
{company}"""),
    ("tobacco_change", (), """Hi {contact},

{person} came to HR upset because her paycheck shows tobacco rates on her {product}. She has never used tobacco and thinks she checked the wrong box at enrollment.

Can you change her to non-tobacco on policy {policy}? Let me know if she needs to sign anything.

Thanks,
{contact}"""),
    ("claims_eligibility", (), """Hello,

{person}'s son broke his arm playing football on {date}. She added him to her {product} during open enrollment.

Was he covered on that date, and how does she file the claim?

Thank you,
{contact}
{company}"""),
    ("accounting_breakdown", (), """Hi,

Our finance team is moving to a new chart of accounts and wants the {month} premium split by department and by product, so they can code it correctly.

Could you send the totals that way?

Thanks,
{contact}
{title}"""),
    ("coverage_inquiry", (), """Hi {contact},

Hope your week's going OK. We have an employee, {person}, going out on leave next month and I'm putting together her packet.

Could you look up what she's enrolled in with you, her benefit amounts, and what she pays per pay period? I need to tell her what she'll owe while she's not on payroll.

Thanks!
{contact}
{title}"""),
    ("coverage_inquiry", (), """Hello,

Our owner asked for a quick count before the board meeting: how many employees on group {group} are enrolled in {product}, and how many in {life_product}?

Thank you,
{contact}
{company}
{phone}"""),
    ("payment", (), """Hi,

Just checking in - our accounting system shows the {month} premium went out on {date} for {money}. Can you confirm it was received and applied, and that we don't owe anything else right now?

Thanks,
{contact}
{title} | {company}"""),
    ("payment", (), """Good morning {contact},

We are switching banks next month. Going forward we'd like to pay the premium by ACH instead of check. What information do you need from us, and is there a form?

Kind regards,
{contact}"""),
    ("policy_maintenance", (), """Hi team,

A few updates for our employees:

- {person}: new address {street}
- {person}: name change, now {person}
- {person}: date of birth should be {date}

Please update your records. Thanks!

{contact}
{company}"""),
    ("dependent_change", (), """Hello,

{person} just got married and wants to add her new {spouse} to her {product}. How much more will it cost her per paycheck, and does he need to answer any health questions?

Thank you,
{contact}
{title}"""),
    ("group_contract", (), """Hi {contact},

Our auditors are asking for a copy of the group master contract and the most recent amendment for group {group}. Can you email both to me?

Thanks,
{contact}
{company}"""),
    ("out_of_scope", (), """Hi,

An employee was in a car accident on the way to a client site and our auto insurer is asking for a police report and a certificate of insurance. Who do I contact for that, and does our commercial auto policy cover her rental car?

Thanks,
{contact}"""),
    ("out_of_scope", (), """Hello,

We're doing year-end and I'm confused about the payroll tax side. Do we owe state unemployment tax on the bonuses we're paying in December, and when is the deposit due?

Thank you,
{contact}
{title}
{company}"""),
    ("out_of_scope", (), """Hi there,

My personal homeowners policy is past due and the company says it will cancel next week. Can I pay it through you, and can you tell me the grace period?

Thanks,
{contact}"""),
]

# Frames the batch is rendered in (the template splits never use these).
CHAT_OPENERS = ["", "", "", "", "hey - ", "hi again, ", "quick q: ", "Morning. ", "need help - ",
                "Hi, {contact} @ {company}. ", "hello, ", "Sorry, one more: ", "Hey there! ",
                "Good afternoon. ", "FYI - "]
CHAT_CLOSERS = ["", "", "", "", " thanks!!", " tia", " thx in advance", " please and thank you",
                " asap if possible", " Thank you!", " - {contact}", " :)", " much appreciated",
                " lmk"]
EMAIL_SUBJECTS = ["Question re: group {group}", "RE: follow up", "quick question", "FW: employee",
                  "Account {group}", "RE: your email", "Need help", "{company}", "URGENT",
                  "Re: Re: question"]
EMAIL_GREETINGS = ["Hi {contact} -", "{contact},", "Morning {contact}!", "Hey there,",
                   "Good afternoon team,", "Hi,", "Hello again,", "Greetings,", "Hi {contact},",
                   "Hello team,"]
EMAIL_CONTEXT = [
    "Hope you had a good weekend.", "Sorry for the long email.", "Following up on my voicemail.",
    "I'm new in this role, so bear with me.", "Our owner asked me to reach out.",
    "We're in the middle of year-end close here.", "Thanks for your help last time.",
    "I'm out Friday, so today or tomorrow would be great.",
]
EMAIL_SIGNATURES = [
    "Thanks,\n{contact}\n{title} | {company}\nDirect: {phone}",
    "Thank you!\n{contact}",
    "Regards,\n{contact}\n{company}\n{phone} ext. 214",
    "Best,\n{contact}\n\nSent from my iPhone",
    "Thx,\n{contact}",
    "Kind regards,\n\n{contact}\n{title}\n{company}\n\nThis e-mail and any attachments are "
    "confidential and intended only for the addressee.",
    "Appreciate it,\n{contact} | {title}",
    "-- \n{contact}\n{company}",
]
