"""Training wordings by an outside writer (one of six), leaning towards owners of small businesses
and office managers who are not insurance experts (plain words, vague descriptions, misspellings,
run-on sentences). In the train split only; the brief all writers shared is in generate.py
(WRITER_BATCHES). One template, "i want a human, not a bot", was removed: it is word for word a
message of an independent evaluation set (tests/test_nlu.py), which its writer never saw.
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "switch our deductions to {payroll_mode} please",
        "we're going to {payroll_mode} payroll, does that change what comes out of each check",
        "can our bill be {mode} instead of every month?",
        "what payment frequencies do you have if we go to direct bill",
        "how much would {person}'s deduction be per paycheck if we change to {payroll_mode}",
        "We're moving payroll to {payroll_mode} starting {date}. Does the deduction frequency on our group have to change to match?",
        "Is it more expensive overall to pay {mode} rather than once a year? I've heard there's a surcharge for paying in installments.",
        "What's our group {group} set up as right now for deductions? I think it still says monthly but we pay people every other week.",
        "if we change how often the insurance is taken out, does the yearly total stay the same or does everybody end up paying more",
        "so we just switched payroll companies and the new one runs everybody {payroll_mode}, the old one did twice a month. can you change how you bill us so it lines up with the new pay cycle, and tell me what each persons amount per check will be now",
        "{person} asked if she could pay her {life_product} quarterly instead of monthly. Is that something we can change on one person's policy, and when would the new schedule start?",
        "Our fiscal office asked me to look into moving the whole group from monthly list billing to semi-annual. Before I take it to the owner I need to know when a change like that would take effect and whether we'd pay more in total for the year.",
    ],
    "billing_schedule": [
        "when is our bill due this month",
        "need a copy of the {month} invoice",
        "we never got our bill for {month}",
        "what day of the month do you make the list bill",
        "can you resend last months statement, i deleted the email by accident",
        "The bill for group {group} hasn't shown up yet and it's normally here by now. Did it go out?",
        "How far ahead of the due date does the invoice usually get sent to us?",
        "Could I get PDF copies of our last three bills? Our auditor wants them in the file.",
        "is the premium bill always due on the 1st or does it move around with our payroll dates",
        "I'm new in this job and trying to put together a calendar for the office. When does your company create our monthly insurance bill, when is it due, and does it come by email or in the mail?",
        "the owner asked me where the {month} insurance bill is and i cant find it anywhere, not in email and not in the mail pile. could you send me another copy so I can see it",
        "Our accountant needs the invoice at least two weeks before it's due so she can get it into the check run. What date does the {month} bill get produced, and what due date will be on it?",
    ],
    "bill_reconciliation": [
        "bill says {money} but payroll only took out {money}, why",
        "why is {person} still on the list bill? we stopped deducting for her in {month}",
        "can you help me match the {month} bill to our payroll register",
        "we're off by {amt} between the bill and payroll this month and i cant find where",
        "how do I mark corrections on the list bill so the total matches what we deducted",
        "Our deduction report totals {money} for {month} but your bill is {money}. Can you go through the difference line by line?",
        "{person}'s deduction is {amt} per check but the list bill shows a different amount for her {product}. Which one is right?",
        "There are {count} people on our payroll with insurance deductions who aren't on your bill at all. How do we sort that out on the bill?",
        "Here are our deduction lines for {month} pasted below. Please compare them to the bill and tell me which ones don't match.",
        "Every month I spend hours trying to get the bill to match what came out of paychecks. This month we deducted from {count} employees but the bill lists more, and a couple of amounts are different from last month even though nobody changed anything. Where are the differences coming from?",
        "we had a few people quit in the last two months and a new guy started, and now the invoice and our payroll dont agree at all. payroll is {money} and the invoice is {money}. what do i need to adjust on the bill so they line up",
        "Our auditor flagged that what we withheld from employees for the voluntary policies last quarter doesn't match what we sent in on the list bills for group {group}. I need each variance explained, employee by employee if possible.",
    ],
    "payment": [
        "how do i pay our bill",
        "did you get our check #{checkno}",
        "what do we owe right now",
        "are we past due?",
        "can we pay the premium with a company credit card",
        "We mailed {money} for group {group} {date}. Has it posted yet?",
        "How long is the grace period if we're late paying before coverage is in trouble?",
        "We got a letter saying our account is delinquent. What exactly is overdue and how much do we need to send?",
        "What address do we send the premium check to? Or is there a way to pay online instead?",
        "The owner was out for surgery and nobody paid the insurance bill for two months, I just found the notices in a pile. How much do we have to send to catch up, and are we still inside the grace period?",
        "I paid the {month} invoice online {date} and the money already left our bank, but I don't see any confirmation. Did the payment go through on your end?",
        "We're moving accounts payable to a new system and I need to know every way we can pay you, check, ACH, wire or card, and whether there's a cutoff day each month so we aren't counted late.",
    ],
    "accounting_breakdown": [
        "can i get premium totals by employee for {month}",
        "need a breakdown of our premium by product for last year",
        "how much of our premium is pre-tax and how much is after-tax",
        "split the insurance bill by department please",
        "premium totals per product per month for the first quarter?",
        "How much did we pay for {product} compared to everything else in {month}?",
        "Can you break the group {group} premium down by coverage tier, like employee only, employee plus spouse, family?",
        "Our finance guy wants the quarterly premium broken out by location so he can charge it to each cost center. Can you produce that?",
        "I need each employee's total voluntary premium for the year so payroll can double-check the W-2 amounts.",
        "We allocate insurance costs to each of our three stores. Can you give me the monthly premium split by department for group {group}, January through {month}, so I can post it to the right accounts?",
        "For our year-end audit I need the total premium we paid you for the year, separated into the Section 125 products and the ones taken after tax, with a subtotal for each person.",
        "im trying to figure out how much the life policies cost us compared to the accident and cancer ones. can you show me what we paid for each kind over the last 6 months, just the totals",
    ],
    "premium_refund": [
        "{person} left in {month} but we paid through the end of the quarter, do we get that back",
        "we paid the {month} bill twice, how do we get our money back",
        "any update on the refund check for group {group}?",
        "how do you figure the refund when someone quits in the middle of a month",
        "we overpaid by {money}, please send it back to us",
        "{person} passed away {date}. We had already paid the next two months for him. Is that premium refunded, and to whom?",
        "You changed {person} to the non-smoker rate. Will we get the difference back for the months we already paid at the higher rate?",
        "When a refund is due for an employee who terminated, is it paid to the company or to the employee?",
        "We were told a credit of {money} was coming back to us after {person}'s termination. It's been six weeks. What's the status?",
        "Our bookkeeper sent the {month} payment by ACH and then mailed a check for the same bill because she didn't know the ACH went through. You got {money} from us twice. Please refund the duplicate to our account, not as a credit on next month's bill.",
        "we didnt find out {person} had stopped working here until the end of the quarter so we kept paying for her {product} the whole time. she was gone since {date}. how many months can we get refunded and how much would that be",
        "We cancelled {person}'s {product} when he retired, but the next bill still charged us for him and we paid it without noticing. I'd like that amount refunded. Is it calculated by full months or by the day?",
    ],
    "policy_suspense": [
        "what is the suspense amount on our account",
        "why is {money} sitting in suspense",
        "you have money of ours thats unapplied, please put it toward the {month} bill",
        "what does unapplied cash mean on my statement",
        "our statement shows money held in suspense, can it be used on the next bill?",
        "We sent {money} but only part of it went on the bill and the rest shows as unapplied. What happened to the rest?",
        "Check #{checkno} ended up in suspense instead of paying the invoice. Can you move it over to the invoice?",
        "How long does a payment stay in suspense before you do something with it?",
        "There's a suspense balance under policy {policy} for {person}. What is it from?",
        "When I look at group {group} in the portal there's {money} marked as held and unapplied from back in {month}. I think it's from when we paid without the remittance slip. Can you figure out what it belongs to and apply it so we stop getting notices?",
        "We paid in full in {month} but part of the payment got parked somewhere instead of going on the bill, because a couple of names on our list didn't match yours. It was for {person} and {person}. Can you apply that money now?",
        "accounting asked me to clear out the unapplied balance on our insurance account before year end. either put it on the current bill or tell us what you need from us to get it resolved",
    ],
    "reinstatement": [
        "can {person}'s policy be reinstated",
        "how do we get coverage back after it lapsed",
        "{person}'s {product} lapsed and she wants it back",
        "please turn {person}'s coverage back on, we cancelled it by mistake",
        "is it too late to reinstate a life policy that lapsed in {month}",
        "{person} came back from leave and his {life_product} had lapsed while he was gone. What does he need to do to get it back in force?",
        "If we pay the missed premium now, does the policy come back on its own or is there an application to fill out?",
        "We terminated {person} in error effective {date}. Please restore her coverage as if it never ended.",
        "Whats the deadline for reinstating accident coverage after it drops for non-payment?",
        "{person} was on unpaid leave for three months and nothing was deducted, so his policies lapsed. He's back full time now and really wants his {product} back since he has a family. What are his options, and does he have to answer health questions again?",
        "We were late paying last quarter and I just found out several people's coverage lapsed because of it. That's on us, not them. How do we get everyone's policies reinstated?",
        "An employee we rehired after a year away used to have whole life with you through us. Can that old policy be reactivated, or does she have to start over with a new one?",
    ],
    "benefit_change": [
        "{person} wants to raise her {product} to {benefit}",
        "can we add the wellness rider to {person}'s policy",
        "lower {person}'s {product} amount to {benefit}",
        "whats the most life insurance someone can get without a medical exam",
        "can people change their coverage amounts outside of open enrollment",
        "{person} just bought a house and wants to increase her {life_product} to {benefit}. Is that allowed in the middle of the year?",
        "What's the guaranteed issue limit on {product} for our group?",
        "{person} wants to take the accidental death rider off her policy {policy} but keep the policy itself. How do we do that?",
        "{person} passed on {product} at open enrollment and now wants to add it. Can she still get it?",
        "One of my guys, {person}, has {benefit} of term life through us and he says it's not nearly enough now that he has a mortgage. He wants to go as high as he can. What's the most he can get, and will he need a medical exam or anything?",
        "Money's tight for a few of our warehouse folks and they'd like to lower their disability benefit so the deduction is smaller, rather than dropping it altogether. Is that allowed mid-year, and what's the lowest they can go?",
        "We're a Section 125 group. {person} wants to add the hospital coverage in {month}, but she didn't have any life event, she just changed her mind. Does she have to wait until open enrollment?",
    ],
    "tobacco_change": [
        "{person} quit smoking, change her to non-tobacco",
        "{person} started vaping, do we have to tell you",
        "what counts as a tobacco user for your rates",
        "{person} is marked as a smoker by mistake, he has never smoked",
        "does nicotine gum count as tobacco?",
        "{person} has been off cigarettes for over a year. What does he have to sign to get the non-smoker rate on his {product}?",
        "What will {person}'s premium be if we switch her to the non-tobacco rate?",
        "Can {person}'s change to non-tobacco be made effective {date}, when he handed in the form?",
        "Does chewing tobacco count the same as cigarettes for the smoker rate?",
        "When {person} enrolled he checked the tobacco box because he smoked cigars back then. He's been off everything for 14 months and is annoyed he's still paying more. Please update his status on policy {policy} and tell me what his new deduction will be.",
        "During our wellness screening a couple of employees tested positive for nicotine even though they said non-tobacco at enrollment. What do we have to do on our end to correct their status, and from what date?",
        "i think we have the wrong smoker status on a few people. {person} and {person} both quit last year and still show as tobacco. do they each need to fill something out or can i just tell you",
    ],
    "dependent_change": [
        "add {person}'s {child} to her coverage",
        "{person} got divorced, take his {spouse} off",
        "how old can kids be and still be covered",
        "how much more is it a month to add a {spouse}",
        "{person} had a baby {date}, how do we add the baby",
        "{person} just got married. Can his new {spouse} go on his {product}, and what will that cost per check?",
        "{person}'s son turns 26 next month. Does he come off the policy automatically?",
        "Can a {relation} be covered on {person}'s accident plan?",
        "We need to remove {person}'s stepdaughter from her hospital plan. She moved out and has her own job with benefits now.",
        "{person} and his wife adopted a little girl last week. He wants her on his {product} and his {life_product}. Is there a deadline for adding her, and do they have to answer health questions?",
        "One of our employees, {person}, has her grown son on her coverage. He's disabled, lives with her and is about to turn 27. Will he get dropped, or is there an exception for that?",
        "Our receptionist's husband passed away in {month}. She'd like him taken off her {product} so she's only paying for herself from now on. What do I need to send you?",
    ],
    "termination": [
        "{person} quit, please cancel her coverage",
        "{person} ({emp}) last day {date}, term all his policies",
        "when does coverage end after someone leaves",
        "what would {person} get if she cashed in her whole life",
        "{person} wants to cancel her {product}, she can't afford it anymore",
        "{person} is retiring {date}. Does his {life_product} end when he leaves or can he keep it?",
        "How much notice do you need from us to terminate an employee's policies?",
        "{person} wants to surrender her {life_product}, policy {policy}. What's the cash value she'd get and how does she do it?",
        "We let {count} people go in a layoff effective {date}. Please end their coverage as of that date, names are below.",
        "{person} was let go last week and he wasn't happy about it. I don't want to keep deducting or paying for his insurance. What do I need to do to stop his policies, and from what date does it count?",
        "{person} left the company {date} and told us he'd like to hang on to his life insurance. Before we get into anything else, does his coverage end the day he walks out the door, or does it keep going for a while?",
        "During payroll close we found out {person} actually transferred to our sister company back in {month}, so she's no longer our employee. Please terminate her policies under our group, and let me know if you need a different termination date.",
    ],
    "policy_loan": [
        "can {person} borrow against his whole life",
        "whats the loan balance on policy {policy}",
        "what interest do you charge on policy loans",
        "how much can {person} take out as a loan",
        "{person} wants to pay back his loan, how does he do that",
        "{person} needs about {money} for a family emergency. Can she get that as a loan from her {life_product}, and how fast?",
        "Can {person}'s loan repayments be taken out of her paycheck along with the premium?",
        "Does an unpaid loan reduce what {person}'s family would get if something happened to her?",
        "What happens if {person} never pays back the loan on policy {policy}?",
        "{person} took a loan on his whole life a few years ago and thinks he's paid most of it back, but he isn't sure. Can you tell me the balance left, how much interest is adding up, and what the payoff would be as of {date}?",
        "An employee asked me if her life insurance through work has money she can borrow. She has the whole life one, not the term. How do I find out how much is available to her and what paperwork she'd fill out?",
        "we're a small shop and {person} is in a bind. i heard you can get a loan out of some life policies, is that true for the one we have thru you? and how would he pay it back once he's on his feet",
    ],
    "bank_draft": [
        "set up a bank draft for {person}",
        "{person} needs to change the bank account her premium comes out of",
        "stop the bank draft on {person}'s policy",
        "what day of the month do the drafts come out",
        "{person}'s draft bounced, what now",
        "{person} left the company but wants to keep her {product}. How does she pay for it now that it won't come out of her check?",
        "Can we switch {person} from payroll deduction to having it pulled from his checking account while he's on leave?",
        "{person} would like her draft moved from the 1st to the 15th because of when she gets paid.",
        "We got a returned item notice for {person}'s EFT from {date}. Will you try it again, or does she need to do something?",
        "{person} is going part-time and won't be on our payroll anymore, but she wants to keep her policies. She'd like the premium taken straight out of her bank account every month. What form does she fill out, and when would the first draft happen?",
        "{person} came back from leave and his policies were on bank draft while he was out. Now that he's back on payroll we want to go back to deducting from his check and stop the draft. How do we switch him back?",
        "One of our retirees emailed me that you're still trying to draft from her old bank account, which is closed, and she's getting fees. She gave me her new account info. Can you update it, or does she have to call you herself?",
    ],
    "policy_maintenance": [
        "{person} got married and her last name is Delgado now, please update her policies",
        "new address for {person}: {street}",
        "change the beneficiary on policy {policy}",
        "{person}'s date of birth is wrong on his policy",
        "our company moved, new address is {street}",
        "{person} moved to {state}. Do we need to update anything on her policies?",
        "Please update {person}'s employee number, the new one is {emp}. We switched payroll systems and everyone got new IDs.",
        "{person} wants her kids to be the beneficiaries instead of her ex-husband. What form does she need?",
        "Our company changed its name to {company}. Can you change the employer name on our account?",
        "{person}'s name was misspelled when she enrolled, her last name is missing a letter, and now every letter she gets from you has it wrong. Her policy is {policy}. Can you correct it?",
        "We have a new person handling insurance billing. Please take {contact} off our account and put me on as the main contact, phone {phone}, email {email}.",
        "{person} moved and never told us, so the mail you send her keeps coming back. Her new address is {street} and her cell is {phone}. Please update all of her policies.",
    ],
    "group_contract": [
        "need a copy of our master contract",
        "where can i find the certificates for our employees",
        "send me the policy documents for group {group}",
        "can you reissue {person}'s certificate, she lost hers",
        "how do we amend the group contract",
        "Our attorney wants the master contract amended to add our new subsidiary, {company}. What's the process?",
        "Our auditor needs the signed master application from when we first set up the plans. Can you send it?",
        "Can I get a certificate for {person}'s {product}? Her lender is asking for the actual certificate document.",
        "Who has to sign a contract amendment on our side, and can it be signed electronically?",
        "We're going through a due diligence review for a bank loan and the lender wants copies of all our benefit contracts. For the voluntary plans with you, please send the group master policy and any amendments since we started.",
        "I took over benefits here and there's nothing in the files. Could you generate the current master contract, the certificate booklets for each product and the rider pages, so I have everything in one place?",
        "Our company name changed and our lawyer says the group policy itself needs a formal amendment, not just a name change in your system. Can you prepare the amendment and tell me what you need from us?",
    ],
    "claims_eligibility": [
        "was {person} covered {date}",
        "how do we file a claim on {person}'s {product}",
        "is there a waiting period before the hospital plan pays anything",
        "{person}'s claim got denied saying she wasn't eligible, why",
        "was {person}'s {child} on the policy when he broke his arm in {month}",
        "{person} was in a car accident {date}, the week after she enrolled. Is she covered or is there a waiting period?",
        "{person} passed away {date}. What do his beneficiaries need to do to file the life claim?",
        "Can you confirm {person}'s disability coverage was active as of {date}? She's filing a claim.",
        "The claims department says {person} wasn't eligible because she was part-time. She's been full-time since {month}. What can we do about the denial?",
        "{person} was diagnosed with cancer in {month} and wants to file under her critical illness. She enrolled last fall. Is there a waiting period or a pre-existing condition rule that would stop her, and what forms does she fill out?",
        "We were late getting our payment in for {month}, and during that time {person} ended up in the hospital. Was she still covered on those days, or does the late payment affect her claim?",
        "an employee, {person}, broke his leg skiing over the weekend. he thinks he has accident coverage thru us. was he covered and if so how does he go about getting paid",
    ],
    "new_case_setup": [
        "we just signed up with you, when do we get our first bill",
        "how do i send the enrollment file for our new group",
        "when should we start taking deductions for the new plans",
        "need portal access, we're a brand new group, {group}",
        "who is our contact for getting set up",
        "We opened a second location in {state} and want the same policies offered there. How do we get that location set up?",
        "Our first enrollment wrapped up {date}. What format do you need the enrollment data in?",
        "We're a new employer with you as of {date}. Who should we list as our billing contacts during setup?",
        "Our agent said coverage starts {date}. Do we take the first deduction from the paycheck before that or after?",
        "We're a 30-person landscaping company and just went with your accident and hospital plans through our agent. I have no idea what happens next. Do you send us something, do I set up the deductions, how do we pay the first time? Please walk me through getting started.",
        "We acquired {company} and are bringing their employees onto our voluntary benefits starting {month}. Do they get set up as a new location under our group or as a separate group, and what do you need from us to get their first bill out?",
        "Our broker sent in the paperwork for our new plan weeks ago but we still don't have a login, a bill, anything. Enrollment is done and people are asking when deductions start. Where does our setup stand?",
    ],
    "portal_help": [
        "locked out of the billing portal",
        "forgot my password",
        "how do i add another user to the portal",
        "upload keeps failing with an error",
        "where in the portal is the button to download invoices",
        "The portal says 'session expired' every time I try to submit the deduction file. What am I doing wrong?",
        "Our office manager left. Can you remove her portal login and set me up with admin rights?",
        "What file format does the portal take for the payroll upload, CSV or Excel?",
        "i never got the verification code to log into the portal, already checked spam",
        "I've tried resetting my password three times and every time the link says it's expired. I need to get in today to pay the bill. Can you unlock my account or send a link that actually works?",
        "The billing portal shows a blank page after I log in, in both Chrome and Edge. It worked fine last month. Is something down, or is it something with my account?",
        "we have 2 locations and each office manager needs their own login but should only see their own people. is that possible in the portal and how do i set it up",
    ],
    "group_cancellation": [
        "we want to cancel our whole plan with you",
        "we're closing the business, what happens to the insurance for everyone",
        "how do we end our group",
        "we're moving all our employees to another carrier next year",
        "thinking about dropping the voluntary benefits altogether, it costs too much",
        "We've gotten a better quote from another company. What's the notice period to cancel group {group}?",
        "If we end the group plan {date}, can employees keep their policies on their own?",
        "Our new PEO is bringing its own benefits package. How do we terminate our group with you?",
        "What do we need to send in writing to cancel the whole group?",
        "The owner is retiring and we're winding down the company by the end of the year. We'll have to end the voluntary insurance for everyone. What's the process, and what should we tell the employees?",
        "Honestly the rates have gone up and half our people are complaining. Leadership is asking me whether we should just drop the whole program. Before we decide, what would ending it involve?",
        "We merged with a company that already has these kinds of plans with a different insurer, and they want everyone on theirs starting {month}. Please tell me how to end our group with you effective the day before.",
    ],
    "coverage_inquiry": [
        "what coverage does {person} have",
        "is {person} still active on her policies",
        "how many employees are enrolled in {product}",
        "what's {person}'s benefit amount on {product}",
        "when did {person}'s coverage start",
        "Can you list everyone in group {group} who has {life_product}?",
        "What is {person}'s monthly premium for all of her policies combined?",
        "Does {person} have her {relation} covered too, or is it just her?",
        "Is policy {policy} in force, and who is the insured on it?",
        "{person} says she signed up for the disability plan last year but can't remember for sure. Can you check whether she actually has it and what amount she picked?",
        "I'm putting together our open enrollment packets and want to include each person's current elections. Could you pull what everyone in our group has right now, products, amounts and who's covered?",
        "An employee's wife called me asking whether her husband {person} has life insurance through work and for how much. I didn't want to guess. What does he have with you and what's the face amount?",
    ],
    "human_agent": [
        "can i talk to a real person",
        "please call me back at {phone}",
        "representative please",
        "transfer me to somebody in billing",
        "This is getting complicated. Can someone from your team give me a call today?",
        "I'd rather go over this with my account rep. Can {contact} call me at {phone}?",
        "Is there a phone number where I can reach an actual person?",
        "please have one of your administrators contact me, ive been going back and forth with this chat for too long",
        "I've explained my problem three times now and I'm getting nowhere. Please have a person who can actually look at our account call me at {phone} before 4 today.",
        "I'm not comfortable doing this through a chat window. I'd like to speak to someone on your service team directly. You can reach me at {email} or {phone}.",
        "our old rep used to handle everything for us over the phone. is there still someone i can call, or can you have somebody reach out to me this week",
    ],
    "greeting": [
        "hi",
        "hello there",
        "good morning",
        "hey, anybody there?",
        "hi, this is {contact} from {company}",
        "Hello, I'm the office manager at {company}.",
        "Good afternoon! I have a couple of questions for you.",
        "hi there, its {contact} with group {group}",
        "Hey, I'm new here and was told to use this chat.",
        "Good morning, this is {contact}, {title} at {company}.",
        "hello? is this the insurance billing chat",
        "Hi, first time using this. Give me a second to pull up my notes.",
    ],
    "goodbye": [
        "thanks, bye",
        "that's all i needed",
        "ok great, thank you",
        "thx that helps",
        "perfect, have a good one",
        "Thank you so much for your help today.",
        "Got it. That answers my question, thanks.",
        "We're all set, appreciate it.",
        "ok i think thats everything for now, bye",
        "Thanks for sorting that out so fast, have a nice weekend.",
        "Great, I'll keep an eye out for the email. Thanks again, goodbye.",
        "That's it from me today. Thank you for your patience with all my questions.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # health, dental, vision, HSA/FSA, COBRA
    "how do i add a new hire to our group health insurance",
    "our medical premium went up 12% at renewal, can you get it lowered",
    "which dental plan is better for a small office, PPO or DHMO?",
    "an employee's vision claim for her glasses got denied, who do I call about that",
    "what's the deductible on our company's medical plan",
    "We switched medical carriers in January and half the staff still don't have their new health ID cards. Who do I call?",
    "my FSA card got declined at the pharmacy",
    "can you explain what an HSA is and whether we should offer one",
    "are we late sending out the COBRA notices for the guy who left our health plan",
    "open enrollment for our medical plan starts next week, can you email reminders to the whole staff",
    # retirement
    "how do i change an employee's 401k contribution percentage",
    "when does the employer 401(k) match get deposited",
    "Can employees take a loan from their 401k, and how does that come out of payroll?",
    "we're thinking about starting a SIMPLE IRA for the company, is that a good idea",
    # workers' comp, liability, commercial lines, personal lines
    "need to file a workers comp claim, one of our guys hurt his back on the loading dock",
    "what's our workers' comp experience mod this year",
    "when is the premium audit for our workers comp policy",
    "I need a certificate of insurance showing our general liability for a job site, the GC wants it by Friday",
    "add a new pickup truck to our commercial auto policy",
    "Our building insurance renews next month. Can you give us a quote on the property coverage?",
    "does our business owners policy cover a burst pipe in the break room",
    "can you help me with a claim on my personal car insurance, someone backed into me",
    "my homeowners premium doubled this year, is that normal",
    "my dog's pet insurance claim has been pending for a month",
    "Which company would you recommend for buying a life policy for my own family, not through work?",
    # payroll software
    "how do i set up a new deduction code in ADP",
    "quickbooks payroll won't run, keeps giving error 30159",
    "how do I run an off-cycle payroll in Gusto for a bonus",
    "our employees' direct deposits didn't hit their accounts this morning, what do we do",
    "Our payroll software update wiped out everyone's garnishment deductions. How do I restore them?",
    # HR and employment law
    "how many weeks of FMLA leave does an employee get",
    "can i fire someone for being late all the time",
    "Do I have to pay out unused PTO when someone quits in Nebraska?",
    "what's the overtime rule for salaried office staff",
    "do i need an I-9 for a part-time summer worker",
    "one of my employees wants to file for unemployment, can I contest the claim",
    "can you help me write a cell phone policy for our employee handbook",
    # taxes
    "how do I file our 941 for this quarter",
    "what's this year's social security wage base",
    "Are we a small enough business to get the health care tax credit?",
    "our state tax refund still hasn't come, who do i contact",
    "my employee asked how to fill out her W-4, what should she put",
    # general knowledge and chit-chat
    "what's the capital of Australia",
    "what's the weather going to be in Omaha tomorrow",
    "tell me a joke",
    "are you a robot or a real person typing",
    "lol this chat is kinda fun, what's your favorite color",
    # other requests the assistant would not handle
    "write me a job posting for a front desk receptionist",
    "can you translate our safety memo into Spanish",
    "I'm planning the company picnic for about 60 people. Any ideas for food and games that don't cost a fortune?",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # 1 billing_mode + billing_schedule
    ("billing_mode", ("billing_schedule",), """Hi,

Starting {month} our payroll is going from twice a month to {payroll_mode}. I want the insurance deductions for group {group} to follow the new pay schedule so people aren't confused by their stubs. Please change the billing mode and let me know what each person's per-check amount will be after the change.

Also, when will the first bill under the new setup be generated, and what will its due date be?

Thanks,
{contact}
{title}
{company}"""),
    # 2 billing_schedule
    ("billing_schedule", (), """Good morning,

I'm filling in for our bookkeeper who is out on maternity leave, and I can't find the {month} invoice for our voluntary insurance anywhere. She usually printed it out and it's not in her folder or in the shared inbox.

Could you email me a copy of that invoice? If it never went out, please let me know that too.

Thank you,
{contact}
{company}
{phone}"""),
    # 3 bill_reconciliation + termination
    ("bill_reconciliation", ("termination",), """Hello,

I'm trying to reconcile the {month} list bill for group {group} and it doesn't match our payroll. The bill total is {money} and we only deducted {money}. I can see a couple of lines where the amounts differ, but I can't tell why. Please walk me through where the difference comes from and what I should adjust on the bill before we pay it.

One of the names on there, {person}, left us {date}, so please also end his coverage as of that date.

Regards,
{contact}
{title}, {company}"""),
    # 4 bill_reconciliation
    ("bill_reconciliation", (), """Hi there,

every month it's the same thing, the bill from you and what comes out of peoples paychecks never line up and I spend half a day on it. This time we're {amt} apart. I went through every name and the only thing I noticed is that {person}'s {product} is billed higher than what payroll takes for her.

Can you look at our group {group} and tell me which lines don't match and why? I'm not an insurance person so plain english please.

thanks
{contact}
{company}"""),
    # 5 payment + billing_schedule
    ("payment", ("billing_schedule",), """Hello,

We just got a notice saying group {group} is behind on premium. I thought we were caught up. Can you tell me exactly what we owe today and whether we're still in the grace period? I'd like to get it paid this week so nobody's coverage is affected.

Also, I don't think I ever received the {month} bill, so please send me a copy of it.

Thank you,
{contact}
{title}
{company}"""),
    # 6 payment
    ("payment", (), """Hi,

We sent a check for {money} to cover our voluntary insurance premium about two weeks ago, check #{checkno}. It hasn't cleared our bank yet and I'm starting to worry it got lost in the mail.

Can you check whether you received it and whether it's been posted to our account?

Thanks,
{contact}
{company}
{phone}"""),
    # 7 accounting_breakdown
    ("accounting_breakdown", (), """Hello,

Our controller is closing the books for the year and wants the insurance expense split out properly. For group {group}, could you send the total premium for the year broken down by product (accident, critical illness, hospital, life) and by month?

If you can also separate what was taken pre-tax under our cafeteria plan from what was after-tax, that would save us a lot of work.

Best regards,
{contact}
{title}
{company}"""),
    # 8 premium_refund
    ("premium_refund", (), """Hi,

{person} passed away {date}. She had been with us eleven years and everyone here is pretty shaken up. We had already paid her premiums through the end of the quarter because we pay ahead.

Can you tell me whether the premium we paid for the months after her death will be refunded, how much it comes to, and whether it goes back to the company or to her family?

Thank you,
{contact}
{company}"""),
    # 9 premium_refund
    ("premium_refund", (), """To whom it may concern,

Our accounts payable clerk paid invoice {month} for group {group} twice, once by ACH and once by check #{checkno}, both for {money}. I'd like the duplicate payment refunded to us, please, rather than carried as a credit.

Please let me know how long the refund will take and where it will be sent.

Sincerely,
{contact}
{title}
{company}"""),
    # 10 policy_suspense
    ("policy_suspense", (), """Hi,

Our statement for group {group} shows {money} listed as "unapplied" and I have no idea what it is. We've paid every bill in full as far as I know. Our accountant thinks it might be from a payment we made without the remittance stub back in {month}.

Can you figure out what that money is and apply it to our account so it stops showing up like that?

thanks,
{contact}
{company}"""),
    # 11 reinstatement
    ("reinstatement", (), """Hello,

{person} was out on unpaid medical leave from {month} until last week, and because nothing came out of his checks while he was gone, his {product} lapsed. He didn't realize that would happen and is upset about it.

He's back to work full time now. Is there any way to get his coverage reinstated, and what would he need to do or pay?

Thank you,
{contact}
{title}
{company}"""),
    # 12 benefit_change + dependent_change
    ("benefit_change", ("dependent_change",), """Hi,

{person} came by my office today. She wants to increase her {life_product} from what she has now to {benefit}. Is she allowed to do that this time of year, and will she have to fill out any health questions?

She also mentioned she wants to add her {child} to her accident policy while we're at it. What do you need for that?

Thanks,
{contact}
{company}"""),
    # 13 tobacco_change + premium_refund
    ("tobacco_change", ("premium_refund",), """Good afternoon,

{person} (policy {policy}) has been tobacco free for more than a year and turned in a signed statement to us {date}. Please change him to non-tobacco rates as of that date.

Since we've been paying the higher smoker rate the whole time, we'd also like whatever was overpaid since that date refunded to us.

Regards,
{contact}
{title}
{company}"""),
    # 14 dependent_change + coverage_inquiry
    ("dependent_change", ("coverage_inquiry",), """Hello,

Good news here, {person} in our shipping department just had a baby girl {date}! He'd like her added to his coverage. Please tell me what you need from us and how much his deduction will go up.

Also, can you tell me which policies he has with you right now? I want to make sure the baby goes on all of them.

Thank you,
{contact}
{company}"""),
    # 15 dependent_change
    ("dependent_change", (), """Hi,

{person} and her husband finalized their divorce last month. She brought in the paperwork and asked that he be removed from her policies, so she's only paying for herself and the kids.

What do I need to send you to take him off, and will the change show on the next bill?

thanks
{contact}
{title}
{company}"""),
    # 16 termination + premium_refund
    ("termination", ("premium_refund",), """Hello,

{person} ({emp}) resigned and his last day was {date}. Please terminate all of his policies under group {group} as of that date.

We already paid the bill for the following month that included his premiums. Once he's terminated, please refund what we paid for him after his last day.

Thanks,
{contact}
{title}
{company}"""),
    # 17 termination
    ("termination", (), """Hi,

One of our long time employees, {person}, is retiring at the end of the year. She has a whole life policy through us, number {policy}, and she's been told she could cash it in when she leaves.

What is the surrender value right now, and what does she have to do to surrender it?

Best,
{contact}
{company}"""),
    # 18 policy_loan
    ("policy_loan", (), """Hello,

{person} asked me to find out about borrowing against her {life_product}. Her car died and she needs around {money} to get a new one. I didn't even know you could do that with life insurance.

Can you tell me how much she could borrow, what the interest would be, and how she would pay it back?

Thank you,
{contact}
{title}
{company}"""),
    # 19 bank_draft
    ("bank_draft", (), """Hi,

{person} is leaving us at the end of the month to take care of her mother, but she really wants to keep her {product} and her {life_product}. Since we won't be taking it out of her paycheck anymore, she would like the premiums drafted from her checking account instead.

How does she set that up, and what date would the draft come out each month?

thanks,
{contact}
{company}
{phone}"""),
    # 20 policy_maintenance + group_contract
    ("policy_maintenance", ("group_contract",), """Hello,

{person} got married last month and changed her last name to Novak. Please update her name on all her policies. Her address also changed to {street}.

Could you also send her new certificates with the corrected name? She'd like to have them for her records.

Thank you,
{contact}
{title}
{company}"""),
    # 21 group_contract
    ("group_contract", (), """Good morning,

I took over as benefits administrator a few weeks ago and our files are a mess. I can't find a signed copy of the master policy for our voluntary plans, or any of the amendments.

Would you please send me the current group master contract and all amendments for group {group}? PDF by email is fine.

Thank you,
{contact}
{title}
{company}"""),
    # 22 claims_eligibility + coverage_inquiry
    ("claims_eligibility", ("coverage_inquiry",), """Hi,

{person} fell off a ladder at home {date} and broke her wrist. She thinks she has accident coverage through us but she only started in {month}. Was she covered on the day it happened, or is there a waiting period? And how does she go about filing the claim?

Separately, can you tell me what benefit amount she picked on her hospital indemnity plan?

Thanks,
{contact}
{company}"""),
    # 23 new_case_setup + portal_help
    ("new_case_setup", ("portal_help",), """Hello,

We are a new group with you as of {date} (group {group}). Enrollment is finished and I'm ready to send the enrollment file, but nobody has told me what format you need or when our first bill will come. When should we start taking deductions from paychecks?

I also tried to log into the billing portal with the temporary password from the welcome letter and it says the account is locked. Can you unlock it?

Thanks,
{contact}
{title}
{company}"""),
    # 24 portal_help
    ("portal_help", (), """Hi,

For the last three days I get an error every time I try to upload our deduction file in the billing portal. It says "invalid file format" but it's the same spreadsheet I've used every month. I've tried saving it as CSV and as Excel.

Is something wrong with the upload right now, or did the file requirements change?

thanks,
{contact}
{company}"""),
    # 25 group_cancellation
    ("group_cancellation", (), """Hello,

After a lot of thought we've decided to move our voluntary benefits to another carrier starting {month}. Our broker found a package that fits our budget better.

Please let me know what we need to do to cancel group {group}, how much notice you need, and whether anything needs to be signed.

Regards,
{contact}
{title}
{company}"""),
    # 26 coverage_inquiry
    ("coverage_inquiry", (), """Hi,

I'm updating our employee benefit summaries and want to make sure they're right. Could you tell me what coverage {person} has with you, the benefit amounts, who is covered on each policy, and when each one started?

Her employee number is {emp} if that helps.

Thank you,
{contact}
{company}"""),
    # 27 human_agent
    ("human_agent", (), """Hello,

I've been back and forth in the chat three times this week about our account and I still don't have an answer. I'd like a real person to call me please. I'm in the office weekdays until 4.

You can reach me at {phone}.

{contact}
{title}
{company}"""),
    # 28 out_of_scope
    ("out_of_scope", (), """Hi,

One of our warehouse guys hurt his shoulder lifting boxes yesterday and went to urgent care. I need to file a workers comp claim for him. Can you send me the form and tell me where to send it?

Thanks,
{contact}
{company}"""),
    # 29 out_of_scope
    ("out_of_scope", (), """Hello,

Our group medical plan renews next month and the premium is going up almost 15 percent. We're a small company and can't keep absorbing that. Can you send us some quotes for cheaper health plans, maybe with a higher deductible?

Thank you,
{contact}
{title}
{company}"""),
    # 30 out_of_scope
    ("out_of_scope", (), """Hi,

Quick question. We use a payroll service and I need to set up a new pre-tax deduction for our employees' 401k. It keeps rejecting the deduction code I created. Do you know what setting I need to change?

thanks
{contact}
{company}"""),
]
