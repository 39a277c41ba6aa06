"""The test split's wordings, written after the model's last change (session 6).

The first test split was cut from the same templates as training (one template in seven) and was
read after every round of changes for five sessions; by then it steered choices instead of
measuring them, so it went into training and this is the test split (generate.add_fresh_test).

How it was written:

* A writer who read INTENTS.md, SPEC.md, FACTS.md and slots.py (for the slot names) and nothing
  else of the project (no data split, no other datagen file, no test, no model output) wrote 12
  templates for each of the 24 labels other than out_of_scope, 50 out-of-scope templates, and 30
  whole e-mails (10 with two requests), labelled by INTENTS.md.
* A second annotator, given the 368 items shuffled and without the writer's labels, labelled them
  from INTENTS.md alone: the same main intent and the same second request on all 368 (7 marked as
  having a defensible alternative; they were kept with the label both gave).
* The generator drops any template that is a near-copy of a template, action, chat line or
  train-only entry of the other splits, and any e-mail that is a near-copy of another e-mail.

Read once, with the model trained after this file was written; nothing was chosen on it.
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "can we switch our deductions to {payroll_mode}?",
        "what billing mode is {group} on",
        "bi wkly vs semi monthly - which one do we have?",
        "need to change deduction freq pls",
        "If we change from monthly to {payroll_mode}, what does each employee's per-check deduction become?",
        "Does paying {person}'s direct-bill {life_product} quarterly cost more over a year than paying it annually?",
        "What would the per-pay amount on policy {policy} be if the mode changes to {mode}?",
        "how soon would a billing mode change take effect if i send it in this week",
        "Please move our direct-billed retirees from quarterly to semi-annual billing.",
        "We switched payroll vendors last month and the new system pays everyone {payroll_mode}. All of our policies are still set up on the old schedule, so please update the deduction frequency for group {group} to match.",
        "Our payroll runs 26 checks a year, but I have a feeling you have us down for 24. Can you confirm which frequency we're set up on and what the per-check amounts would be with 26?",
        "Since we merged two locations, half our staff is paid weekly and half {payroll_mode}. Can the policies be deducted on two different frequencies, or does the whole group have to be on one?",
    ],
    "billing_schedule": [
        "when is the {month} bill due?",
        "never got this months invoice",
        "need a copy of the {month} list bill",
        "what day do bills generate?",
        "Could you resend the invoice dated {date}? I can't find it anywhere in my inbox.",
        "How many days before the due date is the list bill usually produced?",
        "our statement for {group} still hasnt come, its normally here by the 10th. was it sent?",
        "What's the due date on the bill we just got for group {group}?",
        "Are bills mailed, or only emailed? I'd like to know where to watch for them each month.",
        "I'm new to this role and trying to build our payroll calendar for next year. Can you tell me when each month's list bill is created and when it's due?",
        "Our auditors are asking for copies of every invoice from January through {month}. Could you send those to me as PDFs?",
        "We never received a bill for our direct-billed retirees this quarter. The earlier ones came by mail and our address hasn't changed, so was this one skipped or is it just late?",
    ],
    "bill_reconciliation": [
        "bill doesnt match payroll again",
        "why is {person} on the bill but not in our deductions?",
        "list bill is {money} over what we deducted, why?",
        "need to adjust {person}'s line on the list bill",
        "Our payroll register shows {amt} for {person}, but the invoice has a different amount. Where does the difference come from?",
        "I've pulled our deduction report for {month}; can you reconcile it against the list bill for {group}?",
        "Two new hires had deductions taken this pay period but aren't on the bill yet. Can they be added to the list bill?",
        "whats the variance between our remittance of {money} and the billed total",
        "How do I mark up the list bill for people who've left before I send it back?",
        "We deducted {money} in total for {month}, but the list bill for group {group} came out higher. I went line by line and still can't find the gap. Could you walk me through the differences?",
        "{person}'s amount on the invoice went up this month, but payroll is still taking the old deduction. Was there a rate or tier change behind the difference?",
        "Our payroll file has {count} people with deductions who aren't on your bill at all, and a few on the bill we never deducted for. Can you go through both lists with me and tell me which lines to fix?",
    ],
    "payment": [
        "how much do we owe right now?",
        "did check {checkno} post yet",
        "are we past due on {group}??",
        "how long is the grace period?",
        "What's the mailing address for premium checks?",
        "Can we pay the {month} invoice by wire instead of mailing a check?",
        "I mailed a payment of {money} dated {date} - has it been recieved?",
        "We got a delinquency notice for group {group}. What do we have to pay to bring it current?",
        "whats the outstanding balance on our acct",
        "Our controller was out and we missed the due date on the {month} bill. How many days do we have before the policies lapse?",
        "Before I cut the check this week I want to be sure it covers everything. Is anything still open from earlier months besides the current bill?",
        "We sent {money} by wire for group {group} at the end of last week. Can you confirm it arrived and posted to the account?",
    ],
    "accounting_breakdown": [
        "premium totals by product for {month}?",
        "need ytd prem per employee",
        "break down our bill by dept pls",
        "pre-tax vs post-tax totals for last year",
        "What's our total {product} premium year to date?",
        "How much of our monthly premium is employee-only tier versus family tier?",
        "For our general ledger I need each location's share of the {month} premium.",
        "Please split the quarterly premium into Section 125 pre-tax and after-tax amounts.",
        "can i get a list of every employee with their total annual premium for {group}",
        "Our finance team is moving to department-level cost centers. Could you send the {month} premium totals for group {group} broken out by department?",
        "For year-end close I need premium grouped by month and by product line - accident, CI, DI, hospital and life. Is that something you can pull?",
        "We charge each of our {count} franchise locations for their own employees' coverage. Could you total last quarter's premium by location and by tier so I can bill them back internally?",
    ],
    "premium_refund": [
        "we paid the {month} bill twice, need a refund",
        "where's our refund check?",
        "how do you figure refunds?",
        "refund due for {emp}? termed in {month}",
        "We overpaid the {month} invoice by {money}. Please send the overage back to us by check.",
        "{person} left on {date}, but we kept remitting her premium for three more months. How much is coming back to us?",
        "what's the status of the refund we requested for policy {policy}?",
        "Is a refund prorated by the day or by whole months when someone terminates mid-month?",
        "{person}'s tobacco status was corrected last month. When will we get the premium difference back?",
        "Our accounts payable team accidentally sent the same {money} payment twice this month. We only owe one of them, so please refund the duplicate.",
        "{person} passed away on {date}. Her family is asking whether the premium deducted after her death will be returned, and who the check would go to.",
        "We were told a refund of {money} was approved back in {month}, but nothing has shown up. Can you check whether it was issued and how it was sent?",
    ],
    "policy_suspense": [
        "why is there money in suspense on {group}",
        "apply the suspense bal to this month pls",
        "what's sitting in suspense for us?",
        "{money} unapplied on our acct - what is it?",
        "Our payment of {money} shows as received but not applied to any bill. What's holding it up?",
        "There's an unapplied credit on our account from {month}. Can you move it onto the current invoice?",
        "Why did part of check {checkno} end up in suspense instead of going toward the bill?",
        "We sent a payment without the remittance stub and I think it's parked in suspense. Can you apply it to group {group}?",
        "How long do funds stay in suspense before they're applied or sent back?",
        "Our statement shows an unapplied amount of {money} that we can't tie to anything. I think it's premium for {person}, who enrolled late. Could you apply it to her policy {policy}?",
        "We paid by check last month and the portal lists it under suspense. Now the bill shows past due even though you have the money. Please get it applied.",
        "We accidentally put the wrong group number on a payment for our {company} location. It looks like it's sitting unapplied under group {group}. Can it be moved to the correct account?",
    ],
    "reinstatement": [
        "{policy} lapsed, how do we get it back",
        "can {person}'s cov be reinstated?",
        "how to reinstate a lapsed {product} policy",
        "reinstate {emp} please",
        "{person}'s {life_product} lapsed in {month} after a missed deduction. What does she need to do to reinstate it?",
        "Is there a deadline to reinstate a policy that lapsed for nonpayment?",
        "An employee's coverage was terminated by mistake effective {date}; please put it back in force.",
        "Will {person} have to answer health questions to reinstate, or just pay the back premium?",
        "we'd like to reinstate the policies that dropped when we fell behind last month",
        "{person} was on unpaid leave and her deductions stopped, so her {product} policy lapsed. She's back at work now and wants the coverage restored. How do we do that?",
        "A payroll glitch in {month} skipped deductions for {count} employees and their policies lapsed. We want all of them reinstated - what do you need from us?",
        "{person} was rehired on {date} after leaving last year. Can his old {life_product} policy be reinstated rather than him applying for a new one?",
    ],
    "benefit_change": [
        "raise {person}'s term life to {benefit}",
        "drop the cancer rider on {policy}",
        "GI limit for CI?",
        "can ee's change benefit amts mid-year?",
        "{person} wants to lower her {product} benefit to cut her cost. Can she do that now?",
        "What's the most {life_product} coverage an employee can elect?",
        "Can we add the wellness benefit rider to {person}'s critical illness policy?",
        "How much can {person} increase her life amount without evidence of insurability?",
        "please add hospital indemnity for {emp}, employee only",
        "{person} wants to increase her term life from {benefit} to {benefit}. Our plan year doesn't renew until {month} - can she make the change now or does she have to wait?",
        "During open enrollment several people asked about bumping up their disability benefit. What are the limits, and what's the cutoff for making changes this year?",
        "{person} no longer wants the accidental death rider on policy {policy}. Please remove it effective {date} and let me know how her premium changes.",
    ],
    "tobacco_change": [
        "{person} quit smoking, switch to non-tobacco",
        "change {policy} to tobacco user",
        "does vaping count as tobacco?",
        "new rate if {person} goes non smoker?",
        "{person} was coded as a smoker by mistake at enrollment. Can we get that corrected?",
        "How long does someone have to be nicotine-free before moving to the non-tobacco rate?",
        "{emp} has started smoking again and wants to report it. What happens to his premium?",
        "what form does {person} sign to get non-tobacco rates",
        "Please update {person}'s nicotine status to non-user effective {date}.",
        "{person} has been off cigarettes for over a year and wants the lower rate on her {product} policy. What does she need to send in, and when would the new rate start?",
        "We just learned {person} checked non-tobacco at enrollment, but he uses chewing tobacco. We'd like to fix it before it becomes a problem. How do we change his status?",
        "Our wellness program says {count} employees finished the smoking cessation course. Can their tobacco class be changed, and what would their new monthly premiums be?",
    ],
    "dependent_change": [
        "{person} had a baby, add to her cov",
        "remove ex-{spouse} from {policy}",
        "how old can kids be and stay on?",
        "cost to add a {spouse} to CI?",
        "{person} divorced on {date}; please take her ex-{spouse} off her accident coverage.",
        "Can a domestic partner be covered the same as a spouse?",
        "{person}'s daughter just turned 26. Does her coverage end on its own, or do we need to notify you?",
        "What would it cost {person} to go from employee-only to family on hospital indemnity?",
        "{person} adopted a little boy on {date}. How soon do we need to add him?",
        "{person} just got married and wants to add her {spouse} to her {product} policy. Is there a deadline for doing that, and will her premium go up?",
        "An employee's stepson is 24, lives at home and goes to school full time. Is he eligible as a dependent on her accident plan?",
        "{person}'s {relation} now has coverage through another employer, so she'd like to remove them from policy {policy}. What's the earliest date that can take effect?",
    ],
    "termination": [
        "term {person}, last day {date}",
        "{emp} retired, stop all cov",
        "cash surrender value on {policy}?",
        "does coverage end when someone quits?",
        "{person} asked us to cancel her {product} policy; she can't afford it anymore.",
        "How much notice do you need to end an employee's coverage?",
        "{person} wants to surrender his {life_product} policy for the cash. How does he go about it?",
        "Please end coverage for the {count} employees on the attached list; they were laid off effective {date}.",
        "if {person} leaves the company does her life policy stop at the end of the month?",
        "{person} retired at the end of last month. Please stop her deductions and end all of her policies as of her retirement date.",
        "We're restructuring and {person}'s position is being eliminated on {date}. What happens to his accident and DI coverage then, and is there anything we need to send you?",
        "{person} has had her whole life policy for fifteen years and is thinking about cashing it out. Before she decides, what would the surrender value be today?",
    ],
    "policy_loan": [
        "loan balance on {policy}?",
        "can {person} borrow against his WL?",
        "interest rate on policy loans?",
        "how do we pay back a policy loan",
        "How much could {person} borrow from her {life_product} policy right now?",
        "Can loan repayments be taken through payroll deduction?",
        "{person} wants to take out a {money} loan on her policy. What does she need to fill out?",
        "Is the loan interest rate fixed, or does it change from year to year?",
        "what happens to {person}'s loan if she never pays it back?",
        "{person} has some big medical bills and asked whether she can borrow against her policy {policy} instead of cashing it in. How much is available, and how quickly would she get the money?",
        "{person} took a loan on his policy a couple of years ago. He wants to know how much he still owes, interest included, so he can pay it off in one lump sum.",
        "One of our employees asked about using the cash value in his whole life policy to keep his premiums paid while he's on leave. Is an automatic premium loan possible, and how is interest charged on it?",
    ],
    "bank_draft": [
        "set up EFT for {person}",
        "change draft date to the 15th on {policy}",
        "{person}'s draft bounced",
        "stop the bank draft on {policy}",
        "{person} is leaving us but wants to keep her {product} policy. How does she set up paying from her own bank account?",
        "Can a premium draft come out of a savings account instead of checking?",
        "Why was {person}'s bank draft returned last week?",
        "Can we move {emp} from payroll deduction to a monthly bank draft while she's on leave?",
        "what day of the month do the drafts come out?",
        "{person} starts three months of unpaid maternity leave next week and won't get paychecks. Can her premiums be drafted from her checking account until she's back, and then go back to payroll deduction?",
        "We got a notice that the EFT on policy {policy} came back NSF. Will it be retried automatically, or does {person} need to do something?",
        "{person} retired last year and pays her life policy by bank draft. She's closing that checking account and wants the drafts to come from her credit union instead. What form does she need?",
    ],
    "policy_maintenance": [
        "update {person}'s last name on {policy}",
        "new address for {person}: {street}",
        "DOB wrong on {policy}",
        "change beneficiary on {person}'s life pol",
        "{person} moved to {state}; please update her address on all of her policies.",
        "Our company mailing address is now {street}. Please update it on the group.",
        "When we switched payroll systems everyone got new IDs. {person}'s is now {emp}, please update it.",
        "How does {person} name her children as beneficiaries on her term life?",
        "Please fix the spelling of {person}'s name on policy {policy}; there's a letter missing.",
        "{person}'s date of birth was entered as 1978 but it's actually 1987. Can you correct it on policy {policy}? I can send a copy of her license if needed.",
        "Going forward our billing contact is {contact} at {email}, {phone}. Please make that the contact of record on group {group} and remove the old one.",
        "{person} lost her husband last year and would like to change her beneficiary to her two daughters. What paperwork do we need to send you?",
    ],
    "group_contract": [
        "need a copy of our master policy",
        "certificate for {person}?",
        "where's the master app for {group}",
        "send the {product} certificate booklet pls",
        "Can you email me the group master contract for our accident plan?",
        "We'd like to amend the master contract so part-time employees working 20+ hours are eligible.",
        "{person} lost his certificate of coverage. Can you generate a new one?",
        "Is there a signed copy of the master application on file for group {group}?",
        "do you have the {product} policy documents in spanish?",
        "Our broker is reviewing our benefits and asked for the master contract plus every amendment for group {group}. Could you send the full set?",
        "We're updating the employee handbook and want the certificate language for each voluntary product. Can I get current certificates for accident, hospital indemnity and DI?",
        "The master application we signed at renewal has the wrong effective date on page 2. Can you issue a corrected version for us to re-sign?",
    ],
    "claims_eligibility": [
        "was {person} covered as of {date}?",
        "how do we file an accident claim",
        "waiting period on DI?",
        "claim denied, says not eligible??",
        "{person} was injured {date}. Was her accident policy in force at the time?",
        "Is there a pre-existing condition waiting period on the {product} plan?",
        "{person}'s hospital claim was denied because she wasn't eligible yet. She enrolled in {month}. Can you check her eligibility?",
        "What forms does an employee send in for a critical illness claim?",
        "was {person}'s {relation} on his policy when they went into the hospital?",
        "{person} had surgery just a couple of weeks after her coverage started. Does the waiting period apply to her, or should she go ahead and file?",
        "{person}'s coverage lapsed for a few days in {month} before it was reinstated, and he had an accident during that gap. Would that be covered?",
        "An employee's claim was denied because she supposedly wasn't actively at work on her effective date. She was on PTO that week. How do we get that reviewed?",
    ],
    "new_case_setup": [
        "just signed with you, what's next for setup?",
        "new group here - when's our first bill?",
        "where do I send our initial enrollment file",
        "adding a second location, how?",
        "We just enrolled in your accident and CI plans. When should deductions start on our payroll?",
        "How do we get billing portal access for our new group {group}?",
        "Our new {state} office needs to be set up as its own billing location.",
        "What layout do you need for the initial enrollment file?",
        "please add {contact} as a setup contact for our new case",
        "{company} just finished enrollment with your agent and we're a brand-new group. I'm not sure what happens next - when does the first list bill come and when do we start deducting?",
        "We acquired a company in {state} and want their employees on our voluntary plans starting {date}. Does that have to be set up as a new location or a separate group?",
        "I'm the office manager at {company}, a new client. Our agent said you'd send a setup packet with the deduction schedule and portal login, but nothing has arrived yet.",
    ],
    "portal_help": [
        "locked out of the portal",
        "forgot my password",
        "upload keeps failing",
        "how to add a user to the billing site?",
        "I get an error when I try to download the list bill as Excel.",
        "How do I give {contact} access to our billing portal?",
        "Please remove {contact}'s portal login; they don't work here anymore.",
        "The deduction file upload says invalid format - what columns is it expecting?",
        "portal wont let me log in after the reset email",
        "I reset my password twice this morning and still get 'invalid credentials'. I have a payment to submit today, so please help me get back in.",
        "Our IT team changed some browser settings and now the billing portal shows a blank page after I sign in. Is there a list of supported browsers?",
        "I'm trying to upload our remittance file through the portal but it times out at the last step. It's about 400 rows. Is there a size limit?",
    ],
    "group_cancellation": [
        "we want to cancel our whole plan",
        "closing the business end of {month}, what happens to the group?",
        "switching carriers in {month}",
        "how do we end the group?",
        "Our company is being sold and the buyer has its own benefits, so we need to terminate group {group}.",
        "We're thinking of dropping the voluntary plans because the premiums keep climbing. What would that involve?",
        "What notice do you need to cancel our group contract?",
        "If we end our group plan, what happens to the employees' policies?",
        "the board voted to move our supplemental benefits to another carrier effective {date}",
        "After eight years with you, we've decided to go with a different carrier at renewal. Please tell me what we need to do to cancel group {group}.",
        "{company} is closing its doors on {date}. We have about {count} employees on your accident and life plans. What do we need to do on our end to wind everything down?",
        "Our owner is wondering whether we should stop offering these products altogether because of the admin work. Before we decide, can you explain the process and timeline for ending the group plan?",
    ],
    "coverage_inquiry": [
        "what does {person} have with you?",
        "is {policy} active?",
        "how many ees in {product}?",
        "{person}'s life benefit amount?",
        "What is the monthly premium on {person}'s {product} policy?",
        "When did {emp}'s coverage start?",
        "Can you list everyone on group {group} who has hospital indemnity?",
        "Is {person}'s {spouse} covered on her accident plan?",
        "what tier is {person} in on CI",
        "{person} is asking what she pays for each of her policies and what the benefit amounts are. Could you pull a summary for her?",
        "We're doing an internal audit and need to confirm which employees still had active term life with you as of {date}.",
        "{person} tells me her disability policy was canceled, but I don't remember processing anything. Can you tell me its current status and paid-to date?",
    ],
    "human_agent": [
        "talk to a real person",
        "agent please",
        "can someone call me?",
        "representative",
        "Please have an account rep call me back at {phone}.",
        "I'd rather speak with someone on your billing team directly.",
        "is there a human i can chat with? this isn't working",
        "Can you transfer me to our service rep, {contact}?",
        "I need a person to look at this, not an automated reply.",
        "I've explained this three times and I'm getting nowhere. Please have someone from your team call me today at {phone}.",
        "This involves several employees and a lot of back-and-forth, so I'd feel better going over it with an actual person. Can someone reach out to me at {email}?",
        "Our account manager retired and I don't know who took her place. Could you connect me with whoever handles {company} now?",
    ],
    "greeting": [
        "hi",
        "good morning!",
        "hello?",
        "hey there",
        "Hi, this is {contact} from {company}.",
        "Good afternoon, I'm the {title} at {company}.",
        "hello, hoping you can help me out today",
        "Hi there! First time using this chat.",
        "Hello, {contact} here with group {group}.",
        "Good morning. My name is {contact} and I just took over benefits administration at {company}. I'll have a few questions for you in a minute.",
        "Hi, it's {contact} again, the {title} over at {company}. Hope your week is going well.",
        "Hello! Our agent pointed me to this chat for billing questions, so here I am.",
    ],
    "goodbye": [
        "thanks, bye",
        "that's all for today",
        "ok thx",
        "perfect, appreciate it",
        "Thank you so much for your help today!",
        "Great, that answers my question. Have a good one.",
        "No more questions, thanks again.",
        "got it, thanks. i'll reach out if anything else comes up",
        "Okay, that's everything I needed.",
        "That clears it up, thank you. I'll pass this along to our payroll team. Have a great weekend!",
        "Thanks for being patient with me. I think I have everything I need now, so I'll sign off.",
        "Alright, I'm all set for now. Thank you and have a nice rest of your day.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # other insurance lines
    "How do I add a new hire to our major medical plan?",
    "our dental premium went up 12% at renewal, why?",
    "Can you help me file a workers' comp claim for a warehouse employee who hurt his back?",
    "Who do I call about our vision plan's frame allowance?",
    "Our general liability policy renews next month, can you quote it?",
    "My personal car insurance payment is late, can I pay it here?",
    "I need a certificate of insurance for our commercial auto policy to give to a client.",
    "Please add a new driver to our company van policy.",
    "My homeowners premium doubled this year - is that normal?",
    "Our health insurance claim for an MRI was denied. Can you appeal it for us?",
    "Can you help me choose between two dental PPOs for open enrollment?",
    "Our pet insurance vendor hasn't paid an employee's claim in three months.",
    "Our workers comp premium audit says we owe {money} more - can you explain how they got that?",
    "Is enrollment in our group medical plan still open for {person}? She missed the deadline.",
    "what's the 401k contribution limit this year",
    "When is Medicare open enrollment?",
    "What are our COBRA notice requirements for the medical plan?",
    # payroll software not about these policies
    "How do I set up a new 401(k) deduction code in ADP?",
    "How do I run an off-cycle payroll in QuickBooks?",
    "Gusto is taking the Roth deduction twice on every paycheck. How do I fix that in Gusto?",
    "How do I print last year's W-2s out of Paychex?",
    "Can you reset my password for the Paylocity employee portal?",
    "I need to change the bank account my own paycheck is direct deposited to.",
    "Can you recommend a payroll company for a 20-person business?",
    "how do i set up a child support garnishment on an employee's paycheck",
    # HR / employment law
    "Can we let go of an employee who's currently on FMLA leave?",
    "How many hours does a part-timer have to work to be eligible for our health insurance under the ACA?",
    "How should I handle an employee who keeps clocking in late?",
    "Are we required to give paid sick leave to employees in Colorado?",
    "Does the ACA employer mandate apply to us with 48 full-time employees?",
    "How do I calculate overtime for a non-exempt employee who worked 46 hours?",
    "what's the federal minimum wage right now",
    # taxes
    "How should a new employee fill out the W-4?",
    "Is the employer HSA contribution tax deductible for us?",
    "what's the FUTA rate for this year",
    "What's the deadline to file 1099s?",
    "Our dependent care FSA - what's the annual deduction limit?",
    "What's the IRS mileage rate this year?",
    "What's the difference between an LLC and an S corp for a small business?",
    # general knowledge, chit-chat, jokes, unrelated requests
    "tell me a joke",
    "what's the weather going to be like in Omaha tomorrow?",
    "who won the Huskers game saturday",
    "are you chatgpt?",
    "lol you're pretty smart for a bot",
    "What's the capital of Australia?",
    "what's 15 percent of 2,340",
    "write me a job posting for a payroll clerk",
    "Can you translate our employee handbook into Spanish?",
    "Please cancel our office cleaning contract starting next month.",
    "when does daylight saving time end this year",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # ---- single-request e-mails
    ("bill_reconciliation", (), """Hello,

I'm working through the {month} list bill for group {group} and it doesn't tie to our payroll register. The bill totals {money}, but our deductions for the month came to less than that, and I can't figure out where the gap is.

I noticed {person} is billed at a higher amount than we deduct for her, and there are two names on the bill I don't recognize at all. Could you go through the lines and tell me what's driving the difference?

Thanks,
{contact}
{title}, {company}"""),
    ("payment", (), """Good morning,

We received a letter saying our account is past due. I was under the impression we were current, since our last payment went out at the beginning of the month.

Can you tell me exactly what is outstanding for group {group}, and by what date it has to be paid so that nobody's coverage lapses?

Regards,
{contact}
{company}
{phone}"""),
    ("premium_refund", (), """Hi there,

{person} left {company} on {date}. Unfortunately her termination didn't get entered on our side right away, so we kept deducting and remitting her accident and hospital indemnity premiums for two more months.

Her termination has already been processed, so I'm only asking about the money. Please let me know how much will be refunded and whether it comes back to us or goes to her directly.

Thank you,
{contact}
{title}"""),
    ("policy_suspense", (), """Hello,

Our account shows {money} as unapplied. I believe it's the check we mailed last month (check #{checkno}). We sent it without the remittance slip, so it may not have been matched to our bill.

Could you look into it and apply it to the current invoice for group {group}?

Best,
{contact}
{company}"""),
    ("reinstatement", (), """Dear Employer Services,

One of our employees, {person}, had her {life_product} policy ({policy}) lapse while she was on an unpaid leave of absence and no deductions were taken. She has now returned to work full time and would very much like the policy put back in force.

What does she need to submit, and will she have to pay the missed premiums?

Sincerely,
{contact}
{title}
{company}"""),
    ("dependent_change", (), """Hello,

{person} in our warehouse had a baby girl on {date}. She'd like to add the baby to her accident and critical illness coverage.

Is any paperwork needed beyond the birth date, and how much will her deduction change?

Thank you!
{contact}
{company}"""),
    ("termination", (), """Good afternoon,

Please terminate coverage for the following employees, who are no longer with {company}:

- {person}, last day {date}
- {person}, {emp}, retired at the end of {month}

Let me know if you need anything else from us to process these.

Regards,
{contact}
{title}"""),
    ("policy_loan", (), """Hi,

{person} has a whole life policy with you ({policy}) and asked me how to take a loan against it. She's hoping to borrow around {money}.

Could you tell me how much is available to her, what the interest rate is, and what form she needs to complete?

Thanks,
{contact}
HR, {company}"""),
    ("bank_draft", (), """Hello,

{person} is retiring on {date} but wants to keep her {product} policy. Since she won't have a paycheck anymore, how does she switch from payroll deduction to paying by bank draft? Is there an authorization form she should fill out?

Thank you,
{contact}
{title}
{phone}"""),
    ("policy_maintenance", (), """Hi team,

Please update the mailing address for {person} (policy {policy}). She moved last month and wants her correspondence to go to:

{street}

Thanks for taking care of this.

{contact}
{title}, {company}"""),
    ("group_contract", (), """Hello,

Our broker is reviewing our benefits ahead of renewal and has asked for a copy of the group master contract and the master application for group {group}, including any amendments.

Could you email those to me?

Thanks,
{contact}
{title}, {company}"""),
    ("claims_eligibility", (), """Hi,

{person} was in a car accident on {date} and is planning to file a claim under her accident policy. She enrolled during our last open enrollment, and I want to be sure her coverage was in effect on that date before she starts the paperwork.

Could you confirm whether she was covered, and send over the steps for filing?

Thanks,
{contact}"""),
    ("new_case_setup", (), """Hello,

{company} just signed on for your accident and hospital indemnity plans, and enrollment wrapped up last week. I'm the person who will be handling billing on our end.

What are the next steps? Specifically, when should we expect our first bill, what format do you need the enrollment file in, and when should we start deducting?

Thank you,
{contact}
{title}
{email}"""),
    ("portal_help", (), """Hi,

I've been locked out of the billing portal after too many login attempts, and the password reset email never shows up either (I checked spam).

Can you unlock my account? My username is my work email.

Thanks,
{contact}
{company}"""),
    ("group_cancellation", (), """To whom it may concern,

After a lot of discussion, {company} has decided to move its voluntary benefits to another carrier effective {date}. Please consider this our notice to cancel group {group}.

Let us know what else you need from us to close it out.

Regards,
{contact}
Owner, {company}"""),
    ("human_agent", (), """Hello,

I have a situation involving several employees on leave and some back-and-forth with our payroll provider that is hard to explain in writing. I'd really prefer to talk it through with someone on your team.

Could someone call me at {phone} tomorrow morning?

Thanks,
{contact}
{title}, {company}"""),
    ("accounting_breakdown", (), """Hi,

Our accounting department is closing out the year and needs our total premium for group {group} broken down by product and by month, with pre-tax and after-tax amounts shown separately.

Is that something you can send as a spreadsheet?

Thank you,
{contact}
Controller, {company}"""),
    ("out_of_scope", (), """Hello,

We have a new employee starting on {date} and I need to add her to our dental and vision plans. Can you tell me the enrollment deadline and send the forms?

Thanks,
{contact}
{company}"""),
    ("out_of_scope", (), """Hi,

Our payroll software is withholding Missouri income tax for an employee who lives and works in Kansas. Do you know how to change the work-state setting so it stops?

Thanks,
{contact}
Payroll, {company}"""),
    ("out_of_scope", (), """Good morning,

One of our drivers slipped on ice at a customer site yesterday and hurt his shoulder. I need to file a first report of injury for workers' comp. Can you start the claim for us and tell me which clinic he should go to?

Thank you,
{contact}
{company}
{phone}"""),
    # ---- two-request e-mails (main request first)
    ("tobacco_change", ("premium_refund",), """Hi,

{person} came to me this week to say he quit smoking well over a year ago and is still being charged tobacco rates on his {product} coverage. Please move him to the non-tobacco class; he can sign whatever statement you need.

Also, he has been overcharged for months now, so please refund the difference in premium for the time he's already paid at the tobacco rate.

Thanks much,
{contact}
{title}"""),
    ("billing_mode", ("billing_schedule",), """Hello,

Starting in {month} we're moving our payroll from semi-monthly to bi-weekly. Please change the deduction frequency for group {group} to match, and let me know what the new per-paycheck amounts will be.

Also, once the change is made, will the bill still be generated on the same day of the month, and will the due date stay the same?

Thanks,
{contact}
{title}"""),
    ("termination", ("premium_refund",), """Hi,

{person} resigned effective {date}. Please end her {product} and term life coverage as of that date.

We already remitted her premium for next month with our last payment, so please also refund that portion to us.

Thanks,
{contact}
{company}"""),
    ("dependent_change", ("coverage_inquiry",), """Good morning,

{person} got married last month and would like to add her husband to her critical illness and accident policies.

While you're in her file, could you also tell me what coverage she currently has with you and the benefit amounts? She couldn't remember.

Thank you,
{contact}
HR Generalist, {company}"""),
    ("benefit_change", ("tobacco_change",), """Hello,

{person} would like to increase his term life coverage from {benefit} to {benefit}. Can you tell me whether that amount needs evidence of insurability, and when the increase could start?

He also mentioned he quit chewing tobacco over a year ago and wants to move to non-tobacco rates. What does he need to sign for that?

Thanks,
{contact}
{title}, {company}"""),
    ("payment", ("portal_help",), """Hi,

Can you confirm whether our payment for the {month} bill posted? We sent {money} by ACH on {date} and the account still shows a balance.

Separately, I tried to check this myself in the portal, but I get an error every time I open the payment history page. Could you look into that as well?

Thanks,
{contact}
{company}"""),
    ("coverage_inquiry", ("policy_maintenance",), """Hello,

Can you tell me which policies {person} ({emp}) has with you, and whether they're all active?

She also moved recently, so please update her address to {street}.

Thank you,
{contact}
{title}"""),
    ("bill_reconciliation", ("accounting_breakdown",), """Hi,

The {month} list bill for group {group} is {money} higher than our payroll deductions. Can you help me reconcile the two and tell me which lines are different?

Once that's sorted out, I'd also like the corrected premium total split by department for our cost center reporting.

Thanks,
{contact}
Accounting Clerk, {company}"""),
    ("new_case_setup", ("group_contract",), """Good afternoon,

We've opened a new location in {state} and want its {count} employees billed separately from our main office. What do you need from us to set up the new location, and when would its first bill be generated?

We'd also like copies of the certificates for the employees there once they're enrolled.

Best regards,
{contact}
{title}
{company}"""),
    ("billing_schedule", ("payment",), """Hello,

We never received our {month} invoice for group {group}. Could you send a copy to this email address?

Also, since we're getting close to the usual due date, what amount do we owe right now so I can get a payment started?

Thank you,
{contact}
{phone}"""),
]
