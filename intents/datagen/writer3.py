"""Training wordings by an outside writer (one of six), leaning towards payroll clerks and
accounting staff, some writing in English as a second language (numbers, IDs, abbreviations,
terse ticket-like notes). In the train split only; the brief all writers shared is in generate.py
(WRITER_BATCHES). One template, "can you write a poem about payroll", was removed: it is word for
word a message of an independent evaluation set (tests/test_nlu.py), which its writer never saw.
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "switch grp {group} to {payroll_mode} deductions pls",
        "Can we change our billing mode from monthly to {mode}?",
        "what is per pay ded on pol {policy} if we go {payroll_mode}",
        "Is quarterly direct bill possible for {product}, or only monthly?",
        "pay freq changed to {payroll_mode} eff {date}, update billing freq for our group",
        "ee {person} wants to pay her {life_product} {mode} instead of monthly. is it allowed and what is the amount each time?",
        "If I ask for a billing mode change today, from which date does the new frequency start?",
        "Please show new per-paycheck amount for everybody on {group} if we move from semi monthly to weekly.",
        "How much more is it per year to pay {mode} instead of annual on a direct bill policy?",
        "Payroll calendar change: old = semi-monthly (24 checks), new = {payroll_mode}, eff {date}. Grp {group}, abt {count} ees with {product}. Please change the deduction frequency on your side and tell me the per-pay amounts we should load.",
        "Your system has us on monthly mode but we pay our people {payroll_mode} since {month}. Please correct the billing mode on group {group} so per-pay amounts are calculated right going forward.",
        "Direct bill question. Pol {policy} is billed annually now, the insured is retired and money is tight for her once a year. Can she go to semi-annual or quarterly, and what would each installment be?",
    ],
    "billing_schedule": [
        "when is the {month} bill generated?",
        "need copy of invoice grp {group} for {month}",
        "we never received the bill for {month}",
        "What day of the month is our list bill due?",
        "pls resend last statement, email got deleted",
        "What date does your system cut the monthly statement for {group}? Our payroll closes on the 20th and I want to plan around it.",
        "Can I get the invoices for {month} and the month before as PDF? Auditor is asking.",
        "Bill for {company} usually arrives around the 10th, this month nothing came. Was it sent out?",
        "Is the bill with due date {date} already created, or when will it be available?",
        "Hello, I am the new {title} and trying to understand the cycle. When is the statement prepared, when is it due, and does it come by mail or only electronically? Group {group}.",
        "Accounts payable asked for a copy of the {product} invoice dated {date}, they need it to match against the PO. Could you send it to {email} please.",
        "Our AP dept says no statement received for {month} or the month after, grp {group}. Did the bills go out at all? If yes please send copies, we need them before the 15th.",
    ],
    "bill_reconciliation": [
        "list bill {money} but payroll deducted {money}, why the difference?",
        "bill vs ded register off by {money} for {month}",
        "help me reconcile {month} statement to our PPE deductions",
        "{person} on {month} list bill but no ded taken for her, pls adjust the bill",
        "Can you match our remittance file to the {month} list bill?",
        "{emp} has {amt} deducted per check for {product} but the bill shows a different amount. Which one is right?",
        "Variance on grp {group}: billed {money}, remitted {money}. Can you list per policy what is billed not paid and paid not billed?",
        "I need to strike {count} lines off the {month} list bill, they are missed deductions. How do I mark the adjustments?",
        "New hire {person} has {product} ded since {date} but she is not on your bill. Why is she missing?",
        "Pasted from payroll: {person} {amt} / {person} {amt} / {person} {amt}. Total deducted does not match the list bill for {month}, we are short on our side. Please explain each line that differs.",
        "Our deductions for {product} went up for {count} employees in {month} but the invoice stayed the same. Is there a rate change not on the bill yet, or did payroll make a mistake?",
        "Reconciling YTD for audit. Total ee deductions for the year {money}, total billed {money}. Need help to find where the variance comes from, group {group}.",
    ],
    "payment": [
        "how do we pay the invoice online?",
        "what is current balance due for grp {group}",
        "did you receive our check #{checkno}?",
        "are we past due on anything?",
        "ACH {money} sent {date}, has it posted?",
        "How long is the grace period if the {month} premium is paid late?",
        "We got a delinquency notice for {group}. What exactly is overdue and until when must we pay so nothing lapses?",
        "Can I pay {month} and the next month together by wire? Need the remittance instructions.",
        "Please confirm the amount owed on the {month} bill before I release the funds.",
        "Mailed check {checkno} for {money} on {date} for the list bill. Our bank shows it has not cleared and your side still shows the balance open. Can you check if it arrived?",
        "Our controller wants to stop paying the list bill by paper check and pay from the company account electronically instead. What are the options to pay and what info do you need?",
        "Cash flow is tight this month. If we pay the {month} bill on {date}, is that still inside the grace period or will the policies lapse?",
    ],
    "accounting_breakdown": [
        "prem totals by product for {month} pls",
        "need YTD premium split by department",
        "break down the {month} bill per employee",
        "how much of our total is pre-tax vs post-tax?",
        "totals per coverage tier for grp {group}?",
        "For GL coding I need the {month} invoice split between our two locations, can you do that?",
        "Can you give me employee vs spouse vs child premium for {product} for the calendar year?",
        "What total premium was paid for {person} this year, by product? Need it for W-2 reporting.",
        "How much {life_product} premium did we remit from {month} until now, in total?",
        "Finance needs report: premium per product per month for the last 12 months, and Section 125 pre-tax products separate from after-tax (life). Excel export if possible.",
        "We allocate benefit cost to cost centers. Please split {group}'s total of {money} for {month} by department code, we can give you the mapping from payroll ID.",
        "For year end I need each employee's total premium for disability income, pre-tax and after-tax shown separately, because it decides if the benefit is taxable.",
    ],
    "premium_refund": [
        "{person} termed {date}, we paid thru end of month, is refund due?",
        "we paid {month} twice, need the money back",
        "status of refund for pol {policy}?",
        "overpaid {money} on last bill, pls refund by check",
        "How do you calculate the refund when an ee terminates mid month?",
        "Insured {person} passed away {date}. Premium was still deducted for two more months, please return it.",
        "Duplicate ACH on {date} for {money}. Please send it back to our bank account, we do not want it as credit.",
        "{person} was approved non-tobacco back to {date}. How much premium will be refunded to her and when?",
        "Refund requested {date} for {money}, still not received. Any update?",
        "{emp} left the company {date} but we did not tell you until now, and the {product} deductions continued. How many months can you refund, and is it paid to the employee or to us?",
        "Our remittance for {month} included {count} people who were already terminated. We want the extra {money} refunded, not just credited on the next bill.",
        "Insured cancelled her {product} within the free look period. Pol {policy}, she paid {money} and says she never got it back. Can you check where her refund is?",
    ],
    "policy_suspense": [
        "why is {money} sitting in suspense on our account?",
        "unapplied cash on grp {group}, pls apply to {month}",
        "what is our suspense balance right now",
        "money in suspense for pol {policy}, where does it go?",
        "payment shows received but not applied to the bill",
        "We sent {money} on {date}, you got it but it shows as unapplied. Please apply it to the open invoice.",
        "Account summary says unallocated funds {money}. What is this and what do we need to do with it?",
        "Check {checkno} went to suspense because no invoice number on the stub. It was for {month}, please move it.",
        "Can the suspense amount on {person}'s policy be used for her next premiums?",
        "Our payment included {count} new enrollees not yet on the bill, so part of it went into suspense. When will it be applied once they are added?",
        "Audit found {money} held in suspense on {group} since {month}. Nobody here knows where it came from. Can you identify the source and tell us how to clear it?",
        "We paid two groups ({group} and our second location) with one check. Looks like one bill got paid and the rest is held unapplied. Please split it and apply to the correct group.",
    ],
    "reinstatement": [
        "{person}'s {product} lapsed, can we reinstate it?",
        "reinstate pol {policy} pls",
        "how do we get lapsed coverage back in force?",
        "what is needed to reinstate after more than 31 days",
        "{emp} was termed by mistake, please put coverage back in force",
        "Her {life_product} lapsed {date} for non payment. She wants it back, is a health questionnaire needed?",
        "{person} returned from unpaid leave, coverage dropped while she was out. Can it be restored from her return date?",
        "We missed the {month} remittance and some policies lapsed. If we pay the back premium now, will they be reinstated?",
        "Reinstatement app for {person} was submitted {date}, no answer yet. Is it approved?",
        "Pol {policy} whole life was lapsed about two years ago when the ee stopped her deductions. Now she asks to reinstate. What is required, back premium with interest, evidence of insurability?",
        "Our payroll system dropped {count} ees {product} deductions by error in {month} and the policies lapsed. This was our mistake, we want all of them reinstated without new applications.",
        "Rehired {person} on {date}, she had {product} with you until last year. Can her old policy be reinstated instead of a new application, and would the old rate still apply?",
    ],
    "benefit_change": [
        "increase {person} {life_product} to {benefit}",
        "add wellness rider to pol {policy}",
        "lower {person}'s {product} benefit to {benefit}",
        "what is guaranteed issue max for {product}?",
        "can an ee change his benefit amount mid year?",
        "{person} got married {date} and wants to raise her own {life_product} to {benefit}. Is that allowed outside open enrollment?",
        "What is the highest {product} benefit someone can elect, and above what amount is EOI needed?",
        "Please remove the accidental death rider on {policy} effective {date}.",
        "{emp} wants to add cancer rider to his CI, pls process and tell me the new premium.",
        "Annual enrollment changes for {group}: {person} DI monthly benefit up to {money}, {person} term life down to {benefit}. Please process effective {date}.",
        "An employee took {benefit} of {life_product} when hired, now he wants double that. We are a section 125 plan. When can he change, and does he need a health form?",
        "Late enrollee wants {product} at {benefit}, she was eligible 45 days ago and did not sign up then. Is it still guaranteed issue or does she need evidence of insurability?",
    ],
    "tobacco_change": [
        "{person} quit smoking, change to non tobacco",
        "update {emp} to tobacco user",
        "does vaping count as tobacco use?",
        "what rate will {person} get as non smoker?",
        "smoker status on pol {policy} entered wrong, pls correct",
        "Employee stopped nicotine patches 13 months ago. What form must she sign for the non-tobacco rate?",
        "{person} started smoking again, he told HR himself. Please change his class from {date}.",
        "How many tobacco free months are required to get non-tobacco rates on {product}?",
        "At enrollment {person} checked tobacco by mistake, she never smoked. Can you fix her class back to {date}?",
        "{count} ees turned in non-tobacco attestations during open enrollment, list with emp IDs attached. Please update their class eff {date} and send the new per-pay deductions.",
        "{person}'s {life_product} is rated tobacco. He chews tobacco only once in a while at baseball games. Does that count as tobacco, and what is the rate difference if we change him?",
        "Quit date {date}. Signed statement already uploaded. Want non-smoker rate on {product} and {life_product} for pol {policy}. From when is it effective?",
    ],
    "dependent_change": [
        "add {person}'s {child} to her {product}",
        "remove {spouse} from pol {policy}, divorce final",
        "how old can kids be on {product}?",
        "cost to add {spouse} to {product}?",
        "{emp} had a baby {date}, pls add to coverage",
        "Is a domestic partner eligible as a dependent on the {product} plan?",
        "{person}'s {child} turns 26 in {month}. Does coverage end automatically or must we remove?",
        "Employee married on {date} and wants to add her {spouse} to critical illness. Any evidence needed?",
        "Adopted {child}, placement {date}. Please add to the family tier for {person}.",
        "{person} is going from employee only to family tier on {product}: wife plus 2 children. What will the new premium per paycheck be, we pay {payroll_mode}?",
        "Spouse of {emp} turns 72 this year. Can he stay on the {product} or is there an age limit for spouses?",
        "The disabled adult son of {person}, age 28, is on her {product}. A letter says dependents are removed at 26, but he is disabled since birth. Can he stay on as a dependent?",
    ],
    "termination": [
        "term {person} eff {date}, last day worked",
        "{emp} retired, end all his coverage",
        "cancel pol {policy} per insured's request",
        "surrender value on {policy}?",
        "How much notice do you need to cancel an employee's policy?",
        "{person} resigned {date}. Does her {product} end on her last day or at the end of the month?",
        "Insured wants to surrender his whole life and take the cash. How does he do it?",
        "Please stop coverage for {count} seasonal workers laid off {date}, names and IDs below.",
        "{person} left us {date}. Does her coverage end now, even if she would pay it herself?",
        "Employee {person} sent a written request to cancel her {product} policy {policy} eff {date}. She is still employed with us. Please process and confirm the last deduction date.",
        "We had a death in the company: {person}, {emp}, died {date}. Please terminate all of her policies. The family will contact you separately.",
        "WL pol {policy}: the ee is leaving and thinking to surrender. What would the net cash value be after the outstanding loan, and how long until the check is paid?",
    ],
    "policy_loan": [
        "loan available on {policy}?",
        "current loan balance for {person}",
        "what interest rate do you charge on WL loans?",
        "how to repay the loan on pol {policy}",
        "{person} wants to borrow {money} from her whole life",
        "Can the loan repayment be taken from each {payroll_mode} paycheck?",
        "What is the max {person} can borrow against her whole life, and how fast does the check come?",
        "Outstanding loan on {policy}, how much interest has accrued this year?",
        "If a policy loan is never paid back, does it reduce the death benefit?",
        "Ee wants to take a loan of {money} on WL pol {policy} for house repairs. Please send the form and tell me how long it takes, and whether interest is fixed or variable.",
        "{person} paid off part of her policy loan by personal check {checkno} for {money} on {date}. Please confirm the loan balance now.",
        "Can the insured pay only the loan interest and not the principal? She just wants to keep the loan from growing, policy {policy}.",
    ],
    "bank_draft": [
        "set up EFT for {person}, she left the company",
        "change bank account for the draft on pol {policy}",
        "stop bank draft for {emp}",
        "what day of month is the draft taken?",
        "draft for {person} came back NSF",
        "{person} is leaving {date} and wants to keep her {product} by paying from her checking account. How do we set that up?",
        "Move {emp} from payroll deduction to bank draft starting {month}.",
        "Insured asks to change the draft date from the 1st to the 15th, pol {policy}.",
        "Draft returned R02 account closed on pol {policy}. What happens now?",
        "{person} is back from leave and wants to go back to payroll deduction instead of the monthly bank draft she set up while out. Please switch from {date}.",
        "Retiree {person} wants to continue her {life_product} but won't be on our payroll anymore. Can the premium be drafted from her bank account monthly, and which form is needed?",
        "Draft authorization for {policy} was sent {date} with a voided check, but the policy still shows as payroll deduct. Was the EFT set up or not?",
    ],
    "policy_maintenance": [
        "name change {person} to married name",
        "update address for {emp}: {street}",
        "DOB wrong on pol {policy}, need fix",
        "change beneficiary on {person}'s life policy",
        "new payroll ID for {person}",
        "Employee moved to {state}. Please update her state and address on all her policies.",
        "Our company name changed to {company}, please update the employer info on group {group}.",
        "{person} says her date of birth is {date}, not what you have on file. Please correct.",
        "How does an insured change the primary beneficiary? Does HR submit it or she herself?",
        "Payroll conversion: all emp IDs changed, e.g. old {emp} now has a new number. Can I send one file to update all IDs instead of one by one?",
        "{person} got divorced and wants her ex-husband removed as beneficiary on pol {policy}, and her {child} named as beneficiary instead.",
        "Please change our billing contact and mailing address for {group}: {street}, attention {contact}, {title}, phone {phone}.",
    ],
    "group_contract": [
        "need copy of master contract for {group}",
        "send certificate for {person} pls",
        "where can I find our master application?",
        "please email the policy documents for {product}",
        "pls draft an amendment to our master contract adding {product}",
        "Broker asks for the group policy document and every amendment since {date}.",
        "Can you generate certificates for all new enrollees from {month}?",
        "Employee wants a copy of her {life_product} certificate, pol {policy}.",
        "Need an amendment to the master contract to change eligibility from 30 to 20 hours per week.",
        "Auditors want the signed master contract and master application for {group}, with the rider pages. We only have an unsigned copy in our files.",
        "Our ERISA wrap document refers to the certificate booklet. Please send the current certificate booklet for {product} as PDF.",
        "{person} lost her certificate. Can you regenerate it with her current riders and mail it to {street}?",
    ],
    "claims_eligibility": [
        "was {person} covered on {date}?",
        "waiting period for {product}?",
        "how does ee file a {product} claim",
        "{emp} claim denied as not eligible, why?",
        "is {person}'s {child} covered for an accident on {date}?",
        "{person} had surgery {date}. Was her {product} in force then? She enrolled in {month}.",
        "Is there a pre-existing condition limitation on {product} for new hires?",
        "Claim for {person} was denied saying coverage not effective yet. Deductions started {date}, please review.",
        "Where do I get the claim form for {product}, and how long does the ee have to send it in?",
        "{person} was injured at home {date}, the weekend after her last day with us. Family asks if her accident policy still covers it, her termination date in your system is {date}.",
        "Employee's husband was diagnosed {date}. CI was added in {month}. Is there a waiting period before critical illness pays for a diagnosis?",
        "Ee on FMLA since {date} without pay, her deductions stopped. If she files a disability claim now, is she still eligible for benefits?",
    ],
    "new_case_setup": [
        "we are a new group, when is our first bill?",
        "how to send enrollment file for new group",
        "setup contacts for {company}: {contact}, {email}",
        "when do deductions start for new group {group}?",
        "need portal access, we just signed with you",
        "We just sold {product} at our new location in {state}. What is needed to set it up as a separate billing location?",
        "Enrollment closed {date}, {count} ees enrolled. Where do I send the census so you can build the first bill?",
        "Group effective {date}: which pay date should the first deduction be taken on?",
        "Who is our implementation contact for the new case? Group number not assigned yet.",
        "{company} new case eff {date}: {payroll_mode} payroll, {count} enrollees, billing contact {contact} {phone}. What is still missing to finish the setup?",
        "Broker told us the first list bill will come before enrollment is even finished. Is that normal? We have not started any deductions yet and don't know what to load.",
        "We acquired another company and want their employees set up as a new sub-group with its own bill. What do you need from us to start?",
    ],
    "portal_help": [
        "locked out of the portal",
        "reset my password pls",
        "how do I add a user for our payroll clerk?",
        "upload keeps failing with error",
        "cannot download bill pdf, button does nothing",
        "Portal says 'file format not accepted' when I upload the remittance csv. What columns does it expect?",
        "My coworker left the company, how do I remove her portal login?",
        "Two-factor code never arrives on my phone {phone}.",
        "Where is the export to Excel button? Can't find it since the portal update.",
        "Logged in as {email} but I only see one group, and we have two billing groups with you. Can my user get access to the second one too, or do I need a separate login for it?",
        "Since yesterday the portal gives error 500 right after login, so I can't reach the bill at all. Tried Chrome and Edge and cleared the cache, same thing. Group {group}.",
        "Our new {title} starts {date} and will need admin rights in the billing portal to approve and upload bills. How do I set her up as a user, and can I do it myself or do you need to?",
    ],
    "group_cancellation": [
        "we want to cancel our whole group plan",
        "switching carriers {date}, how do we end the group?",
        "closing the business, what happens to the group policies",
        "what notice is needed to terminate our group?",
        "thinking about dropping the plan, too expensive for us",
        "Board voted to move all voluntary benefits to another carrier eff {date}. Please confirm cancellation steps for {group}.",
        "Company is being sold and the buyer won't continue these benefits. What happens to everyone's coverage?",
        "Participation fell to {count} people, management asks if the plan is worth keeping. What would ending it involve?",
        "If we end the group plan, can employees keep their {life_product} on their own?",
        "{company} is closing its doors on {date}, final payroll is the week before. Please tell me how to wind down group {group} and what employees need to know.",
        "Our new broker quoted cheaper accident and CI plans from another carrier. Before we decide, what is the process and timing to cancel the group with you?",
        "Please terminate group {group} at the end of {month}. We will no longer offer any of these products to our staff.",
    ],
    "coverage_inquiry": [
        "what coverage does {person} have?",
        "status of pol {policy}",
        "how many ees enrolled in {product}?",
        "{emp} benefit amount?",
        "effective date of {person}'s {product}?",
        "Is {person}'s {spouse} on her policy, or is it employee only?",
        "What is the monthly premium on {policy} and what tier is it?",
        "List all active {life_product} policies on {group} with face amounts.",
        "Does {person} still have active coverage, or was it cancelled?",
        "For our HR audit I need the number of enrolled employees per product as of {date}, for each of our {count} locations, and the names of anyone whose coverage is pending.",
        "{person} says she enrolled in DI last fall. Can you confirm if a disability policy exists for her and what the issue date is?",
        "Ee asking about his whole life {policy}: what is the face amount, the paid-to date, and is it still premium paying?",
    ],
    "human_agent": [
        "talk to a real person pls",
        "call me back at {phone}",
        "agent",
        "can I speak to my account rep?",
        "need a human, the bot is not helping",
        "Please have someone from billing call {contact} at {phone} today.",
        "I prefer to explain this by phone to somebody. Who can call me?",
        "transfer me to an administrator please",
        "Can a live person look at my question instead?",
        "This is my third message about the same thing. I want a supervisor to call me at {phone} before 3pm.",
        "I'd like to talk with the person at the insurer who handles our group {group}, not the chat. Email {email} or phone both work.",
        "My English is not so good for writing. Can somebody call me please, I speak slow. Number {phone}.",
    ],
    "greeting": [
        "hi",
        "Hello there",
        "good morning",
        "hey, anyone there?",
        "Hi, this is {contact} from payroll",
        "Hello, {contact} here, {title} at {company}.",
        "Good afternoon, I will have a few questions about our group.",
        "Hi there, first time using this chat.",
        "Good morning team!",
        "Hello, my name is {contact}, I am the new {title} for {company}, group {group}. Nice to meet you.",
        "Hi again, {contact} from accounting, hope you are doing well today.",
        "Greetings from {company}. Give me a moment to type my question.",
    ],
    "goodbye": [
        "thanks, bye",
        "that's all",
        "ok thank you",
        "thx, have a good day",
        "great that helps, bye",
        "Thank you for the information, I will pass it to payroll.",
        "Perfect, nothing else for now.",
        "Appreciate it, talk to you later.",
        "All clear now, thanks a lot.",
        "Thank you so much for the quick help, have a nice weekend!",
        "Understood, that answers everything I had. Closing the chat now, thanks.",
        "Many thanks for your patience today, that was all from my side. Regards.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # health / medical
    "our medical plan premium goes up 14% at renewal, why so much?",
    "how do I add a new hire to the major medical plan?",
    "Is the HMO deductible per person or per family?",
    "Need COBRA notice for {person} for her health insurance.",
    "open enrollment for medical and Rx, when do we get the new rates?",
    # dental / vision
    "dental claim for ee root canal denied, who do I call?",
    "does our vision plan cover contact lenses?",
    "Can you add {person}'s {spouse} to our dental plan?",
    # retirement / FSA / HSA
    "401k deduction for {person} was wrong on last payroll, how to fix?",
    "How do we change the company match on our 401(k)?",
    "What is the HSA contribution limit this year for family coverage?",
    "Employee wants to change her FSA election mid year, is that allowed?",
    # workers comp / P&C / commercial
    "workers comp claim for a warehouse injury on {date}, where to file?",
    "Our workers' comp premium audit says we owe {money}. Can you explain it?",
    "need a general liability certificate of insurance for our landlord",
    "Add a new delivery truck to our commercial auto policy.",
    "Does our business owners policy cover water damage in the office?",
    "cyber insurance quote for {company}?",
    # personal lines / other
    "my homeowners premium went up, can you check why?",
    "I need to file a claim on my car, somebody hit me in the parking lot.",
    "Do you sell pet insurance for employees?",
    "travel insurance for my vacation next month?",
    # payroll software
    "How do I set up a new deduction code in ADP?",
    "QuickBooks payroll is not calculating FICA correctly, help",
    "Gusto won't let me run an off-cycle payroll, what am I doing wrong?",
    "how do I void a direct deposit in Paychex",
    "Our timeclock software rounds punches wrong, can you fix?",
    # HR / employment law
    "Do we have to pay overtime to salaried office staff?",
    "How many weeks of FMLA leave is an employee entitled to?",
    "Can we terminate someone while she is on maternity leave?",
    "What is the minimum wage in {state} this year?",
    "Do we need an employee handbook by law, we have {count} employees?",
    # taxes
    "how do I file the 941 for last quarter?",
    "What goes in box 12 of the W-2 for employer health coverage?",
    "Is a bonus taxed at a different rate than regular pay?",
    "Our state unemployment tax rate letter, what does it mean?",
    # general knowledge / chit-chat / jokes
    "tell me a joke",
    "how is your day going?",
    "what's the capital of Australia?",
    "what's the weather in Omaha tomorrow",
    "who won the game last night?",
    "are you a real person or a robot? just curious lol",
    "recommend a good place for lunch near downtown",
    # other requests not handled
    "Please book a conference room for our benefits meeting on {date}.",
    "Can you translate our employee newsletter into Spanish?",
    "Help me write a job posting for an accounting clerk.",
    "I need a loan for my small business, what rates do you offer?",
    "Can you send me a quote to insure our office building?",
    "What stocks should I invest my bonus in?",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # ---------------- one request ----------------
    ("billing_mode", (),
     "Hello,\n\nWe are changing our payroll from semi-monthly to {payroll_mode} starting {date}. "
     "Our group number is {group}. Please change the deduction frequency for all the voluntary policies "
     "so the list bill follows the new pay calendar.\n\n"
     "Can you also tell me the new per-pay amount for each {product} policy? Our payroll vendor needs "
     "the figures loaded by the 15th.\n\nThank you,\n{contact}\n{title}\n{company}"),
    ("billing_schedule", (),
     "Good morning,\n\nWe did not receive the list bill for {month} for group {group}. Normally it comes "
     "by e-mail around the 10th but nothing this time, I checked the spam folder too.\n\n"
     "Could you send a copy, and tell me on what date it was generated?\n\nRegards,\n{contact}\n"
     "Accounting Clerk, {company}\n{phone}"),
    ("bill_reconciliation", (),
     "Hi,\n\nI am reconciling the {month} statement against our payroll register and I am off by {money}. "
     "The billed amount is higher than what we deducted.\n\n"
     "What I found so far: {person} - no deduction taken this month; {person} - deducted {amt} per check "
     "but the bill shows more; and one new hire who has a deduction but is not on the bill at all.\n\n"
     "Can you help me explain the difference line by line so I know what to adjust on the bill?\n\n"
     "Thanks,\n{contact}\nPayroll, {company}"),
    ("payment", (),
     "Hello,\n\nWe received a past due notice for group {group} dated {date}. As far as I know we paid the "
     "last invoice by ACH, confirmation {checkno}, for {money}.\n\n"
     "Can you please check if the payment arrived and posted? If anything is still owed, tell me the exact "
     "amount and the last day before the grace period ends.\n\nBest regards,\n{contact}\n{title}"),
    ("accounting_breakdown", (),
     "Dear Employer Services,\n\nOur finance team closes the fiscal year on {date} and needs the voluntary "
     "benefit premiums broken down for the cost allocation. Please send the total premium for group {group} "
     "by product (accident, CI, DI, hospital indemnity, life) and by department, for the last twelve months.\n\n"
     "If possible, separate the pre-tax Section 125 products from the after-tax ones. An Excel file is fine.\n\n"
     "Kind regards,\n{contact}\nController, {company}"),
    ("premium_refund", (),
     "Hello,\n\nOur employee {person} ({emp}) passed away on {date}. We informed you the following week, but the "
     "{month} list bill still included her {life_product} and hospital indemnity, and we paid it in full.\n\n"
     "Please let us know how much premium will be refunded for the period after her death, and whether the "
     "refund is paid to the company or to her estate.\n\nSincerely,\n{contact}\nHR Manager\n{company}"),
    ("policy_suspense", (),
     "Hi team,\n\nOur account shows {money} as unapplied funds since {month}. I believe it is from check "
     "{checkno}, where we paid two months together, and only the first month was applied to the bill.\n\n"
     "Please apply the remaining amount to the open invoice, or tell me what you need from us to release it "
     "from suspense.\n\nThanks\n{contact}\n{company} - Payroll Dept."),
    ("reinstatement", (),
     "Hello,\n\n{person}'s accident policy {policy} lapsed on {date}. She was on unpaid medical leave and by "
     "mistake we stopped her deduction, she did not know about it. She is back at work now and wants the "
     "coverage back the same as before.\n\n"
     "What is needed to reinstate it? Can we just pay the missed premium, or must she fill in a new application?\n\n"
     "Regards,\n{contact}\n{title}, {company}"),
    ("tobacco_change", (),
     "Good afternoon,\n\nEmployee {person} ({emp}) tells us he stopped smoking more than a year ago and he signed "
     "the non-tobacco statement, which I attached. He has {product} and {life_product} with you, both rated "
     "tobacco.\n\nPlease change his status to non-tobacco and let me know from which date the new rate applies "
     "and what his deduction will be per paycheck.\n\nThank you,\n{contact}\nBenefits Coordinator"),
    ("dependent_change", (),
     "Hi,\n\n{person} in our warehouse had a baby girl on {date}. He wants to add her to his critical illness "
     "and accident coverage; right now he has employee + spouse.\n\n"
     "What does he need to send, and how much will his deduction go up? We pay {payroll_mode}.\n\n"
     "Thanks,\n{contact}\n{company}"),
    ("termination", (),
     "Hello,\n\nPlease terminate coverage for the following employees, both no longer employed:\n\n"
     "{person} - {emp} - last day {date}\n{person} - {emp} - last day {date}\n\n"
     "They had {product} through payroll deduction. Please let me know the date coverage ends for each, so I "
     "stop the deductions at the right time.\n\nRegards,\n{contact}\nPayroll Specialist, {company}"),
    ("policy_loan", (),
     "Dear Sir or Madam,\n\nOne of our employees, {person}, has a whole life policy {policy} through our group. "
     "She would like to borrow against it for a family emergency, about {money}.\n\n"
     "Could you tell me how much is available for a loan, what the interest rate is, and whether she can repay "
     "it through payroll deduction?\n\nBest,\n{contact}\n{title}\n{company}"),
    ("bank_draft", (),
     "Hello,\n\n{person} is retiring on {date}. She wants to keep her {life_product} policy {policy} and pay it "
     "from her own checking account once she is off our payroll.\n\n"
     "Please send the bank draft authorization form, and tell us which day of the month the draft will be "
     "taken.\n\nThank you,\n{contact}\nHR Generalist, {company}\n{phone}"),
    ("policy_maintenance", (),
     "Hi,\n\nCan you please update the following for {person}, policy {policy}:\n\n"
     "- new last name after her marriage (certificate attached)\n- new address: {street}\n\n"
     "She moved to {state}, so the state on her record needs to change as well.\n\nThanks,\n{contact}"),
    ("claims_eligibility", (),
     "Hello,\n\n{person}'s husband was admitted to hospital on {date}. She enrolled in hospital indemnity "
     "during open enrollment and her first deduction was taken in {month}.\n\n"
     "She wants to know if he was covered on the admission date or if a waiting period applies, and how she "
     "files the claim.\n\nKind regards,\n{contact}\n{title}"),
    ("human_agent", (),
     "Hello,\n\nI have tried the chat twice about our account and it is too complicated to explain in writing. "
     "Could someone from your group administration team call me directly? I am available in the afternoons "
     "at {phone}.\n\nThank you,\n{contact}\nOwner, {company}\nGroup {group}"),
    ("group_cancellation", (),
     "To whom it may concern,\n\nAfter much consideration, {company} will close its business at the end of "
     "{month}. We have {count} employees with voluntary policies through you under group {group}.\n\n"
     "Please advise the steps to end the group plan and what notice you need from us. We want to handle this "
     "properly for our staff.\n\nSincerely,\n{contact}\nOwner"),
    ("out_of_scope", (),
     "Hi,\n\nOur medical plan renews on {date} and the premium increase is 14%. Can you send us quotes for a "
     "high deductible health plan with an HSA for about {count} employees?\n\nThanks,\n{contact}\n{title}, {company}"),
    ("out_of_scope", (),
     "Hello,\n\nWe use ADP for payroll and I can't figure out how to set up a new deduction code for 401(k) "
     "loan repayments. The screen keeps saying the code is invalid.\n\nCan you walk me through it?\n\n"
     "Regards,\n{contact}\nPayroll Specialist"),
    ("out_of_scope", (),
     "Good morning,\n\nOne of our drivers was hurt on the job on {date} while unloading a truck. Where do we "
     "file the workers' compensation claim, and does the employer have to report it to the state within a "
     "certain time?\n\nThank you,\n{contact}\nOffice Manager, {company}"),
    # ---------------- two requests ----------------
    ("new_case_setup", ("dependent_change",),
     "Hello,\n\nWe are a new group starting {date} with accident and critical illness through payroll deduction, "
     "around {count} employees enrolled. Our broker said you would send the first bill, but we have not heard "
     "anything. What do you still need from us to set up the account and start the deductions?\n\n"
     "One more question: {person} wants to cover her 24 year old daughter who is a full-time student. "
     "Is a child that age still eligible?\n\nThank you,\n{contact}\n{title}, {company}"),
    ("portal_help", ("billing_schedule",),
     "Hi,\n\nMy portal account got locked after the password reset, it says too many attempts. The user is "
     "{email}. Can you unlock it please?\n\n"
     "Also, since I can't get in, could you e-mail me a copy of the {month} invoice for group {group}? "
     "I need it for our payables run.\n\nThanks,\n{contact}\nAccounting Clerk"),
    ("coverage_inquiry", ("benefit_change",),
     "Hello,\n\nCan you tell me what coverage {person} ({emp}) currently has with you? I need the products, "
     "benefit amounts and effective dates; she is asking and we no longer have her enrollment form.\n\n"
     "She is also interested in raising her {life_product} to {benefit}. Is that possible without a health "
     "questionnaire?\n\nRegards,\n{contact}\n{title}"),
    ("benefit_change", ("dependent_change",),
     "Good morning,\n\n{person} got married on {date} and wants to make changes to her coverage. Mainly she "
     "wants to increase her critical illness benefit from {benefit} to the maximum allowed. Please tell me what "
     "the maximum is and whether she needs evidence of insurability.\n\n"
     "She would also like to add her new {spouse} to the accident plan.\n\nThanks,\n{contact}\nHR, {company}"),
    ("group_contract", ("coverage_inquiry",),
     "Hello,\n\nOur auditors need a copy of the signed master contract for group {group}, with all amendments. "
     "We only have the original from when we started. Could you send it as a PDF?\n\n"
     "They also asked for the number of employees currently enrolled in each product, if you can add that.\n\n"
     "Thank you,\n{contact}\nController, {company}"),
    ("termination", ("premium_refund",),
     "Hi,\n\n{person} ({emp}) resigned effective {date}. Please terminate her accident and hospital indemnity "
     "policies as of that date.\n\n"
     "We are late telling you, so the {month} list bill still included her and we paid it. Please refund "
     "what was paid for the time after her last day.\n\nBest regards,\n{contact}\nPayroll, {company}"),
    ("bill_reconciliation", ("payment",),
     "Hello,\n\nThe {month} bill for {group} is {money} but our deductions total only {money}. I found two "
     "employees billed who left in {month}, and one rate that differs from what we deduct. Please adjust the "
     "bill for the two who left and explain the rate difference.\n\n"
     "Once that is corrected, can I pay the adjusted amount by ACH, or do I have to pay the full billed "
     "amount?\n\nThanks,\n{contact}\nAccounting"),
    ("tobacco_change", ("premium_refund",),
     "Hello,\n\nAt enrollment {person} was marked as a tobacco user on her {product} by mistake. She has never "
     "smoked, and she signed the non-tobacco statement this week (attached). Please correct her status back to "
     "the issue date, {date}.\n\n"
     "Since she has paid the tobacco rate all this time, we also ask that the overpaid premium be refunded to "
     "her.\n\nThank you,\n{contact}\nBenefits Administrator, {company}"),
    ("billing_mode", ("accounting_breakdown",),
     "Hi,\n\nWe will move from monthly to {payroll_mode} payroll on {date}. Please change the billing mode for "
     "group {group} and let me know the new per-pay amount for each employee.\n\n"
     "For the budget I also need our current monthly premium total split by product, so I can compare.\n\n"
     "Thanks,\n{contact}\n{title}\n{company}"),
    ("coverage_inquiry", ("policy_maintenance",),
     "Hello,\n\nCan you confirm whether {person}'s {product} policy {policy} is still active? She thinks it was "
     "cancelled when she went part time in {month}.\n\n"
     "Please also update her home address to {street}; mail sent to the old one is coming back to us.\n\n"
     "Thank you,\n{contact}\nOffice Manager"),
]
