"""Training wordings by an outside writer (one of six), leaning towards managers of franchises and
multi-location shops typing on a phone (very short, no punctuation, text-speak, autocorrect
slips, the odd rant). In the train split only; the brief all writers shared is in generate.py
(WRITER_BATCHES).
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "switch us to {payroll_mode} pls",
        "what mode r we on rn",
        "how much comes out per check if we go {payroll_mode}?",
        "can {group} change its billing frequency",
        "is {policy} deducted monthly or {payroll_mode}",
        "cheaper to pay {mode} vs monthly?",
        "new payroll company pays everyone {payroll_mode} now. do i have to tell u or does the deduction frequency update on its own",
        "the salon staff get paid {payroll_mode} but the office is monthly. can we have two deduction frequencies under one group",
        "we're direct bill quarterly. how do we move to {mode} and does the yearly total go up or down",
        "if i change us to {payroll_mode} today when does it actually take effect? which paycheck is the first one",
        "ok so all 4 shops moved to {payroll_mode} payroll in {month} and nobody told the insurance side. i need the deductions to line up w the new pay cycle. how do i get the mode changed on ur end and what will each persons per check amount be after",
        "{person} asked why her {product} per check got smaller when we changed pay schedules. is the yearly cost the same and just spread over more checks?? pls explain it simple, i have to repeat it to like 30 ppl",
    ],
    "billing_schedule": [
        "when is the bill due",
        "never got the {month} bill",
        "resend invoice pls",
        "what day of the month do u generate list bills",
        "need copies of the last 3 bills for {group}, auditor asking",
        "did u even send the bill for {group}? nothing in the mail or email",
        "due date the 1st or the 15th??",
        "when does the next invoice get cut? want to know the cutoff for changes to show up on it",
        "can i get a pdf of the invoice dated {date}",
        "how far ahead of the due date does the bill come out? the {month} one got here like 2 days before it was due",
        "third time asking. we have not gotten a bill for the {state} location since {month}. the other stores get theirs fine. i cant pay what i dont have. where are these bills going and can someone send them",
        "is the bill created on the same day every month or does it move around w holidays",
    ],
    "bill_reconciliation": [
        "bill doesnt match payroll",
        "list bill says {money} but we only deducted {money}. why",
        "{person} is still on the list bill at {amt} but we stopped deducting for her. why is she still there",
        "we take {amt} out for {emp} but the bill shows something diff",
        "how do i mark corrections on the list bill before i pay it",
        "3 ppl have deductions on payroll but r not on the bill. what do i do w that",
        "{money} variance between the bill and our remit this month, help me find it",
        "pasting from payroll: {person} {amt}, {person} {amt}. bill has both higher, whats up",
        "new hire {person} has had {amt} taken 2 checks in a row but she's not on the invoice",
        "do i fix the wrong lines on the bill myself or do u adjust it",
        "every month its the same thing. bill says one number, payroll register says another, and i spend hours going line by line. this month its off {money} across {count} locations. can u just tell me which lines dont match and why",
        "uploaded our deduction register for {month}, can u compare it to the bill and tell me whats off",
    ],
    "payment": [
        "how do i pay",
        "what do we owe",
        "r we past due?",
        "did our payment go thru? sent {money} on {date}",
        "check #{checkno} mailed last wk, has it posted yet",
        "whats the grace period",
        "can we pay by card or ach",
        "got a past due notice for {group}?? we paid. pls look",
        "balance due on {group} as of today?",
        "where do i mail the check, whats the remit address",
        "cash is tight at the stores this month. if we pay the {month} bill 2 wks late does everyone lose coverage or is there a grace period? how late is too late before ppl lapse",
        "can we pay {money} now and the rest next friday",
    ],
    "accounting_breakdown": [
        "premium totals by location pls",
        "break down the {month} bill by product",
        "how much of our premium is pre tax vs after tax",
        "need total premium per employee for last yr",
        "split {group} premium by dept",
        "report of premium by tier? EE only vs EE+spouse vs family",
        "whats the monthly {product} total for the group on its own, separate from the other lines",
        "Q1 and Q2 totals by product for our GL coding",
        "my controller wants the {month} premium split across our 3 stores, can u do that",
        "ytd premium per person, cafeteria plan vs not",
        "each franchise is its own llc so i charge insurance premium back to each one. can i get a monthly breakdown by location and by product for the whole year so i can book it right",
        "how much did we pay in total for {product} from {month} thru now, month by month",
    ],
    "premium_refund": [
        "where is our refund",
        "we overpaid {money} in {month}, want it back",
        "paid {month} twice, refund one pls",
        "{person} died {date} and we kept paying premium after that. do we get that back",
        "how do u figure the refund when someone terms mid month",
        "refund status on {policy}?",
        "{person} quit {date} but we paid 2 more months for her. can we get that money back",
        "does the refund come as a check or just a credit on the next bill",
        "{person} was moved to non tobacco last month, when does the money she overpaid at the smoker rate come back",
        "{person} cancelled her {product} mid year, is she owed any premium back",
        "we mailed {money} for {month} and then autopay ALSO took it. so we paid twice. i need that money back as a check, not a credit, we're a small shop and thats payroll money. how fast can u cut it",
        "how much refund is coming for {person}'s {product}",
    ],
    "policy_suspense": [
        "what is suspense",
        "why is {money} sitting in suspense",
        "portal says {money} unapplied. what is that",
        "pls apply the suspense money to the {month} bill",
        "u got our {money} but it shows unapplied, why",
        "how long does money sit in suspense before it gets applied",
        "suspense balance on {group}?",
        "check {checkno} went to suspense bc no invoice #, can u apply it",
        "whats this suspense line on the statement",
        "move the suspense funds to {person}'s policy {policy}",
        "sent one check for both stores and u guys put half of it in suspense bc u couldnt match it. now store 2 shows past due even tho the money is sitting right there. pls apply it to the right bill",
        "need a list of everything in suspense for us and where each item came from",
    ],
    "reinstatement": [
        "can {person} get her policy back",
        "{policy} lapsed, how do we reinstate",
        "reinstate {person}'s {product} pls",
        "coverage lapsed bc we missed a payment. can it come back w/o a new app",
        "we termed {person} by mistake in {month}, need her coverage put back",
        "how long after a lapse can u still reinstate",
        "does {person} have to answer health questions to get reinstated",
        "group lapsed for nonpayment last month. what do we do to get everyone reinstated",
        "what does it cost to bring {policy} back, just the back premium?",
        "{person} came back after 4 months off, can her old {life_product} be reinstated or does she start over",
        "one of my managers at the {state} store let his whole life lapse while he was on leave, didnt realize the deductions had stopped. its been like 5 months. hes had it 10 yrs and really wants it back. whats the process, does he need a medical",
        "send me whatever {person} needs to fill out to reinstate",
    ],
    "benefit_change": [
        "{person} wants to up her {product} to {benefit}",
        "drop the rider on {policy}",
        "max {product} amount?",
        "GI limit on {life_product}?",
        "can {person} lower her coverage mid yr",
        "{person} wants to add {product} on top of what she already has",
        "can ppl change their benefit amounts anytime or only at open enrollment",
        "{person} got a raise, can she bump her term life to {benefit} or does she need evidence",
        "add waiver of premium rider to {policy}",
        "does going over {benefit} need a medical exam",
        "about half my techs want to increase their disability now that wages went up. do they all have to fill out health stuff or is there an amount they can go up without it? and can we do it now or wait till enrollment in {month}",
        "cut {person}'s {product} benefit in half, she cant afford it",
    ],
    "tobacco_change": [
        "{person} quit smoking",
        "change {person} to non tobacco",
        "{person} smokes but she's listed as non tobacco. pls fix",
        "does vaping count",
        "what would {person}'s rate be as non tobacco",
        "how long does someone need to be nicotine free to get the non smoker rate",
        "{emp} started chewing again, update his tobacco status",
        "need the tobacco free statement for {person} to sign",
        "nicotine patches or gum count as tobacco?",
        "switch {policy} to non-tobacco eff {date}",
        "one of my cooks quit cigs over a yr ago and is still paying smoker rates on his life and CI. he asked me to fix it. what does he need to sign, when does it start, and how much lower will it be",
        "can u backdate {person}'s tobacco status change to {date}",
    ],
    "dependent_change": [
        "add {person}'s newborn",
        "remove {spouse} from {person}'s coverage, divorce is final",
        "how old can kids be and still be on",
        "how much to add a {spouse}",
        "{person} got married {date}, wants to add her {spouse}",
        "can a domestic partner be covered",
        "{person}'s son turns 26 next month, does he come off automatically",
        "add {child} to {policy}",
        "does adding kids change what she pays",
        "are stepkids eligible",
        "{person} just adopted 2 kids and wants them on her accident and hospital plans asap. she has EE only now. what does it cost to go family and is there a deadline to add them",
        "take the kids off {person}'s {product}, both aged out",
    ],
    "termination": [
        "term {person} eff {date}",
        "{person} quit, cancel her coverage",
        "{emp} retired, end his coverage",
        "cash out {person}'s {life_product}",
        "surrender value on {policy}?",
        "how much notice do u need to cancel a policy",
        "{person} is leaving, does her coverage end on her last day or does it keep going",
        "{person} asked us to cancel her {product}",
        "stop deductions and cancel everything for {person}, last day {date}",
        "{count} ppl left the {state} store last month, need them all termed",
        "had to let go {person} and {person} at the south location. both had accident and CI thru payroll. last check is {date}. when does their coverage actually stop, and do i need to send anything to cancel",
        "surrender {policy} and send the check to the employee",
    ],
    "policy_loan": [
        "can {person} borrow against her whole life",
        "loan balance on {policy}",
        "how much can {person} take as a loan",
        "interest rate on policy loans?",
        "how does {person} pay back her loan",
        "{person} wants a {money} loan from {policy}",
        "is loan interest fixed or does it change",
        "can loan repayments come out of payroll",
        "does term life have any loan value",
        "what happens if the loan never gets paid back",
        "one of our dishwashers is in a rough spot and heard he can borrow from his whole life. how much can he get, how long does it take to get the money, and does it mess up the policy",
        "whats the payoff amount on the loan for {policy}",
    ],
    "bank_draft": [
        "set up bank draft for {person}",
        "{person} left but wants to keep her {life_product} and pay from her bank. how does she do that",
        "change {person}'s draft date to the 15th",
        "stop the draft on {policy}",
        "{person}'s draft bounced, now what",
        "move {person} from payroll deduction to eft",
        "{person} has a new bank acct, how do we update her draft",
        "what day does the draft come out",
        "{person} is going on unpaid leave, can she pay by bank draft til shes back",
        "got a returned draft notice on {policy}, says NSF",
        "we have {count} part timers whose hours are all over the place so sometimes theres not enough on the check to cover deductions. can we switch them to drafting from their own bank accts instead? what forms and how fast",
        "put {person} back on payroll deduction and stop her eft",
    ],
    "policy_maintenance": [
        "{person}'s last name is now Garcia, pls update",
        "new address for {person}: {street}",
        "{person}'s dob is wrong on {policy}",
        "update payroll id for {person}, new one is {emp}",
        "change beneficiary on {policy}",
        "{person} moved to {state}, update her state",
        "our mailing address changed to {street}",
        "fix the spelling of {person}'s name",
        "{person} wants her {spouse} as beneficiary instead of her mom",
        "update our contact info: {email}, {phone}",
        "we got bought by another franchise group and the legal name on the account is now {company}. also moved the office to {street}. what do u need from me to update all that",
        "can employees change their own beneficiary or does it go thru me",
    ],
    "group_contract": [
        "need a copy of our master contract",
        "send certificates for {group}",
        "where do i find our policy docs",
        "amend the master contract so part timers at 20 hrs are eligible",
        "{person} wants a copy of her certificate",
        "master app for {group}?",
        "reprint {person}'s {product} certificate pls",
        "contract says 30 hrs for eligibility, we want 25. how do we change it",
        "pdf of the group policy pls",
        "who has to sign contract amendments, me or the owner",
        "our new CFO wants to see everything we signed with u guys. the master application, the contract, any amendments. can u send the whole packet to {email}",
        "certs never went out to the new hires from {month}, can u generate them",
    ],
    "claims_eligibility": [
        "was {person} covered on {date}",
        "how do i file a claim for {person}",
        "waiting period on {product}?",
        "{person}'s claim got denied as not eligible, she's been here 2 yrs",
        "{person} got hurt {date}, was her accident coverage active then",
        "do new hires have a waiting period before they can claim",
        "claim form for {product}",
        "{person} went in the hospital {date}, was she eligible yet? she enrolled in {month}",
        "does a pre existing condition keep her from claiming",
        "{person} says her claim was denied bc coverage wasnt active but we've deducted since {month}. wtf",
        "one of the stylists broke her wrist over the weekend. she enrolled in accident at open enrollment but deductions only started last check. is she covered for this or not, and how does she file",
        "who files the claim, the employer or the employee",
    ],
    "new_case_setup": [
        "we're a new group, when do we get our first bill",
        "opening a new location in {state}, need it set up",
        "how do i send the enrollment file",
        "when do we start deductions as a new group",
        "just signed with u, need portal access",
        "who is our setup contact",
        "bought a 3rd franchise, need to add it to our account as a separate location",
        "enrollment's done, what format do u want the enrollment file in",
        "first deduction date for {company}?",
        "add {contact} as billing contact for our new group",
        "we just finished enrolling at the new store and the agent said someone would reach out about setup. nobody has. payroll starts {date}. do i start taking deductions or wait for the first bill? and how do we get logins",
        "new group {group}, where do i send the signed setup paperwork",
    ],
    "portal_help": [
        "cant log in",
        "locked out",
        "reset my pw",
        "upload keeps failing",
        "how do i add another user",
        "download button in the portal does nothing",
        "error when i hit submit, just spins",
        "remove {contact} from the portal, she left",
        "how do i upload a csv in the portal",
        "portal keeps saying session expired every 2 min",
        "tried to log in 5 times on my phone and now it says account locked. im at the store and need to get the file uploaded today. how do i unlock it",
        "can each store manager have their own login that only sees their location",
    ],
    "group_cancellation": [
        "we want to cancel our plan",
        "switching carriers {date}",
        "closing the business, how do we end everything",
        "thinking about dropping u guys, too expensive",
        "how much notice to cancel the whole group",
        "what happens to employees' policies if we cancel the group",
        "selling the restaurant and the new owner doesnt want the benefits",
        "cancel {group} effective {date}",
        "found cheaper elsewhere, what do we need to do to end it",
        "can we just stop offering all the products",
        "honestly im done. rates keep going up, half the bills are wrong, and my employees complain every week. give me one reason not to move all {count} stores to another carrier at renewal",
        "is there a penalty for ending the group mid year",
    ],
    "coverage_inquiry": [
        "what does {person} have",
        "is {policy} active",
        "premium for {person}?",
        "how many enrolled in {product}",
        "{person}'s benefit amount on {life_product}",
        "who at the {state} store has coverage",
        "effective date on {policy}?",
        "list everyone on {group} with {product}",
        "is {person} still enrolled",
        "does {emp} have family or ee only",
        "trying to answer an employee at shift change. {person} swears she signed up for hospital and accident last fall. can u tell me what she actually has, what it costs her per check and when it started",
        "how many ppl total are covered across all stores",
    ],
    "human_agent": [
        "real person pls",
        "agent",
        "can someone call me at {phone}",
        "let me talk to a human",
        "need to speak w my account rep",
        "have someone call me back today",
        "transfer me to a person, this bot isnt helping",
        "is there a number to reach an actual person",
        "want to talk to {contact}, she usually handles our account",
        "pls have a rep email me at {email}",
        "ive been going around in circles with this chat for 20 min. i dont have time, lunch rush is starting. just have a live person call me at {phone} after 2",
        "connect me w someone in billing",
    ],
    "greeting": [
        "hi",
        "hello",
        "hey there",
        "good morning",
        "hi, this is {contact} from {company}",
        "hello?",
        "hey its {contact} at the {state} store",
        "good afternoon",
        "yo",
        "hi i have a question",
        "hi there, {contact} here, {title} for {company}. got a few things to go over when u have a sec",
        "morning! anyone there?",
    ],
    "goodbye": [
        "thanks",
        "thx bye",
        "thats all",
        "perfect thank u",
        "got it, ty",
        "ok great thats everything",
        "appreciate it, have a good one",
        "bye",
        "thank you so much, u saved me",
        "ok ill look it over, thanks for now",
        "ok that answers it. thanks for the help and sorry for all the questions, its been a crazy week at the shops",
        "cool, done for now",
    ],
}


OUT_OF_SCOPE: list[str] = [
    # other insurance lines
    "how do i add a new hire to our health insurance",
    "our dental premium went up 12% at renewal, why",
    "vision plan wont pay for {person}'s glasses",
    "medical open enrollment, when is it this year",
    "cobra notice for our health plan, who sends it",
    "workers comp claim for a cook who burned his hand on the fryer",
    "does workers comp cover a slip in the parking lot",
    "landlord needs a certificate of insurance for our general liability",
    "need a quote on commercial auto for the delivery vans",
    "our liquor liability premium doubled, can u look at it",
    "my car got rear ended, how do i file a claim",
    "my homeowners renewal is way higher, can u shop it",
    "what is the deductible on our commercial property policy",
    "do we need EPLI coverage",
    "how much is cyber liability for a small salon",
    "flood insurance for the shop on river rd",
    "can we offer pet insurance to staff",
    "medicare supplement for my dad",
    "dental claim denied for a crown",
    "how do i get an umbrella policy",
    # retirement / hsa
    "401k match deduction is wrong on payroll",
    "how do i roll over my old 401k",
    "whats the hsa contribution limit this year",
    "{person} wants to change her 401k deferral to 6%",
    # payroll software
    "how do i set up direct deposit in ADP",
    "quickbooks payroll wont calculate overtime right",
    "gusto keeps double deducting a garnishment",
    "how do i run a payroll report by department in paychex",
    "our timeclock app isnt syncing with payroll",
    # HR / employment law
    "how many hours before overtime kicks in in {state}",
    "can i fire someone for being late 3 times",
    "do i have to give 15 min breaks to minors",
    "is FMLA required for a company with 30 ppl",
    "can i deduct uniform costs from paychecks",
    "whats the minimum wage in {state} now",
    "write me a job post for a line cook",
    # taxes
    "how do i file the 941",
    "what's the tax withholding on tips",
    "do i need to send 1099s to contractors",
    "is the premium on our property insurance tax deductible for the business",
    "how do i register for state unemployment insurance",
    "ACA 1095-C reporting, do we have to file",
    # general knowledge / chit-chat
    "whats the weather tomorrow",
    "tell me a joke",
    "who won the game last night",
    "what time is it in tokyo",
    "recommend a good POS system for a salon",
    "write a poem about tacos lol",
    "whats ur favorite food",
    "can u order more paper towels for the break room",
]


EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # ---- one request ----
    (
        "billing_mode",
        (),
        "Hi,\n\n"
        "Starting {month} our payroll is moving from monthly to {payroll_mode} for all three of our "
        "locations. Our new payroll provider made the switch company-wide, so I need the insurance "
        "deductions to follow the new schedule.\n\n"
        "Could you tell me what has to be done on your side to change the deduction frequency for "
        "group {group}, and what each employee's per-paycheck amount will look like after the change?\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "billing_schedule",
        (),
        "Good morning,\n\n"
        "We have not received our list bill for {month}. Normally it shows up in my inbox around the "
        "middle of the month, but nothing has come this time and I checked spam as well.\n\n"
        "Can you please resend it to {email}? I'd also like to know what day the bills are normally "
        "generated so I know when to start looking for them.\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "bill_reconciliation",
        (),
        "Hello,\n\n"
        "I'm trying to reconcile the {month} list bill for {group} against our payroll register and "
        "I'm off by {money}. Our deductions total less than the bill.\n\n"
        "A few lines I can see don't match: {person} is billed higher than the {amt} we take from her "
        "check, and there is one employee on the bill I don't recognize at all. Could you go through "
        "the bill line by line against what we deducted and tell me where the difference is coming from?\n\n"
        "Regards,\n{contact}\n{title}, {company}",
    ),
    (
        "payment",
        (),
        "Hi there,\n\n"
        "We mailed check #{checkno} for {money} on {date} to cover our current bill. Our bank shows it "
        "has not cleared yet and I got an automated notice saying the account is past due.\n\n"
        "Can you confirm whether the payment was received and posted? If it hasn't arrived, please "
        "let me know how much time we have before anyone's coverage is affected.\n\n"
        "Thanks,\n{contact}\n{phone}",
    ),
    (
        "accounting_breakdown",
        (),
        "Hello,\n\n"
        "Our accounting firm is closing the books for the year and asked for our voluntary benefits "
        "premium broken out two ways: by location (we have {count} stores under {group}) and by "
        "pre-tax versus after-tax.\n\n"
        "Is it possible to get a report with monthly totals split that way for the full year? A "
        "spreadsheet is fine.\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "premium_refund",
        (),
        "Hello,\n\n"
        "It looks like we paid the {month} bill twice. I sent a check for {money} and the same amount "
        "was also pulled electronically a few days later, which I didn't authorize a second time.\n\n"
        "We'd like the duplicate amount refunded to us rather than held as a credit. Please let me "
        "know what you need from me and how long a refund usually takes.\n\n"
        "Best,\n{contact}\nOwner, {company}",
    ),
    (
        "premium_refund",
        (),
        "Hi,\n\n"
        "Sadly one of our long-time employees, {person}, passed away on {date}. We reported it to HR "
        "right away but payroll kept sending premium for her policy {policy} for two more cycles.\n\n"
        "Can you tell me the status of a refund for the premium paid after her death, and whether it "
        "goes back to the company or to her family?\n\n"
        "Thank you,\n{contact}\n{company}",
    ),
    (
        "policy_suspense",
        (),
        "Hello,\n\n"
        "Our portal shows {money} as unapplied cash on {group}. We sent one payment for both of our "
        "locations last month and I think part of it couldn't be matched to a bill.\n\n"
        "Please apply that money to the open bill for our second location. Right now it looks like we "
        "owe money we've already sent you.\n\n"
        "Thanks,\n{contact}\n{title}",
    ),
    (
        "reinstatement",
        (),
        "Hi,\n\n"
        "{person} at our downtown shop had a {life_product} policy ({policy}) that lapsed while she was "
        "out on unpaid leave. Nobody noticed the deductions had stopped until she came back this week.\n\n"
        "She very much wants the policy back in force. What does she need to do to reinstate it, and "
        "will she have to answer health questions?\n\n"
        "Thank you,\n{contact}\n{company}",
    ),
    (
        "dependent_change",
        (),
        "Hello,\n\n"
        "{person} had a baby on {date} and would like to add her newborn to her accident and hospital "
        "indemnity coverage. She currently has employee-only coverage.\n\n"
        "Please let me know how to add the baby and what her new per-paycheck cost will be.\n\n"
        "Thanks so much,\n{contact}\n{title}\n{company}",
    ),
    (
        "termination",
        (),
        "Hello,\n\n"
        "Please terminate coverage for {person} ({emp}). Her last day with us was {date}; she moved "
        "out of state. She had {product} and term life through payroll deduction, and her final "
        "paycheck has already been processed.\n\n"
        "Let me know if you need anything else from us to complete this.\n\n"
        "Regards,\n{contact}\nPayroll, {company}",
    ),
    (
        "claims_eligibility",
        (),
        "Hi,\n\n"
        "One of our servers, {person}, was injured on {date}. She enrolled in accident coverage at our "
        "enrollment in {month}, but her first deduction didn't come out until a few weeks later.\n\n"
        "Was she covered on the date of the injury, and if so, how does she go about filing the claim?\n\n"
        "Thanks,\n{contact}\nGeneral Manager, {company}",
    ),
    (
        "portal_help",
        (),
        "hi\n\n"
        "i keep getting an error when i try to upload our deduction file in the portal. it says invalid "
        "format but its the same csv layout we used last month. ive tried chrome and edge.\n\n"
        "what am i doing wrong? i need this in before payroll closes\n\n"
        "{contact}\n{company}\nSent from my iPhone",
    ),
    (
        "group_contract",
        (),
        "Good afternoon,\n\n"
        "We're in the middle of a benefits audit and I can't locate our signed master application or "
        "the group master contract for {group}. The person who handled this before me has left the "
        "company.\n\n"
        "Could you send copies of both, along with any amendments, to {email}?\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "policy_maintenance",
        (),
        "Hello,\n\n"
        "{person} recently moved and asked me to update her address on file to {street}. She also "
        "mentioned her date of birth is off by a day on her policy {policy}.\n\n"
        "Please correct both on her record. I can send a copy of her driver's license if you need it.\n\n"
        "Thanks,\n{contact}\nHR, {company}",
    ),
    (
        "coverage_inquiry",
        (),
        "hey\n\n"
        "{person} at our {state} location is asking what she's enrolled in. she thinks she has CI and "
        "accident but her check stub only shows one deduction.\n\n"
        "can u tell me what coverage she actually has, the benefit amounts, and what she pays per check?\n\n"
        "thx\n{contact}",
    ),
    (
        "human_agent",
        (),
        "Hello,\n\n"
        "I've tried to sort out our account through the chat twice this week and I'm not getting "
        "anywhere. We have several issues on {group} that I'd rather go over with someone who can "
        "see the whole picture.\n\n"
        "Please have an account representative call me at {phone}. I'm usually available before 11 "
        "and after 3.\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "out_of_scope",
        (),
        "Hi,\n\n"
        "Our dental plan renews next month and the premium went up almost 15%. Can you look at other "
        "dental options for our employees and send me a few quotes?\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "out_of_scope",
        (),
        "Hello,\n\n"
        "One of our line cooks, {person}, burned his arm on the grill last night and went to urgent "
        "care. How do I file a workers' comp claim for him, and what forms does the state need from us?\n\n"
        "Regards,\n{contact}\nKitchen Manager, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Hi team,\n\n"
        "We just switched payroll software and the new system is withholding the wrong amount of state "
        "income tax for our {state} employees. Do you know how to fix the withholding tables, or who I "
        "should call about it?\n\n"
        "Thanks,\n{contact}\n{title}",
    ),
    # ---- two requests ----
    (
        "bill_reconciliation",
        ("termination",),
        "Hello,\n\n"
        "Our {month} list bill is {money} higher than what we deducted. Please walk me through the "
        "differences line by line; I believe most of it is people who are no longer with us.\n\n"
        "Also, {person} left on {date} and I don't think we ever told you. Please terminate her "
        "coverage as of that date.\n\n"
        "Thank you,\n{contact}\n{title}, {company}",
    ),
    (
        "payment",
        ("billing_schedule",),
        "Hi,\n\n"
        "How much do we currently owe on {group}, and can we pay it online by ACH? I'd like to get it "
        "paid today so we don't fall past due.\n\n"
        "Also, could you send me a copy of the {month} invoice? I can't find the original.\n\n"
        "Thanks,\n{contact}\n{company}",
    ),
    (
        "dependent_change",
        ("policy_maintenance",),
        "Hello,\n\n"
        "{person} got married on {date} and would like to add her {spouse} to her hospital indemnity "
        "and accident coverage. Please let me know the new cost per paycheck.\n\n"
        "She also changed her last name, so please update her name on her policies to Ramirez.\n\n"
        "Best regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "termination",
        ("premium_refund",),
        "Hi,\n\n"
        "Please cancel all coverage for {person}, {emp}. He retired effective {date}.\n\n"
        "Our payroll had already sent premium for him through the end of next month, so we'll also "
        "need the extra premium refunded. Please let me know the amount once you've processed it.\n\n"
        "Thanks,\n{contact}\nOffice Manager, {company}",
    ),
    (
        "tobacco_change",
        ("premium_refund",),
        "Hello,\n\n"
        "{person} has been tobacco-free for over a year and asked to be changed to non-tobacco rates "
        "on her {product} and life coverage. Please send the statement she needs to sign and make the "
        "change effective as of {date} if that's allowed.\n\n"
        "She would also like a refund of what she overpaid at the tobacco rate since then.\n\n"
        "Thank you,\n{contact}\n{company}",
    ),
    (
        "new_case_setup",
        ("billing_mode",),
        "Hi,\n\n"
        "We just finished enrolling our employees and this is our first time offering these benefits. "
        "What are the next steps to get our group set up — when will we get the first bill, and when "
        "should we start deductions?\n\n"
        "Our employees are paid {payroll_mode}. Can you make sure the deductions are set up on that "
        "frequency and not monthly?\n\n"
        "Thanks,\n{contact}\nOwner, {company}\n{phone}",
    ),
    (
        "group_cancellation",
        ("coverage_inquiry",),
        "Hello,\n\n"
        "We have decided to end our voluntary benefits plan with you effective {date}; we are moving to "
        "another carrier at renewal. Please tell me what notice you need from us and what paperwork to "
        "complete.\n\n"
        "Before we tell staff, could you also send me a list of everyone currently enrolled and which "
        "products each person has?\n\n"
        "Regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "benefit_change",
        ("dependent_change",),
        "hi\n\n"
        "{person} wants to raise her critical illness from {benefit} to the max. does she need to do "
        "health questions for that or can she just go up? its not open enrollment right now.\n\n"
        "she also wants to add her {child} to her accident plan.\n\n"
        "thx\n{contact}\n{company}",
    ),
    (
        "bank_draft",
        ("policy_maintenance",),
        "Hello,\n\n"
        "{person} is leaving us on {date} but wants to keep her {life_product} policy {policy}. Can you "
        "set her up to pay by bank draft from her own account going forward? Please tell me what form "
        "she needs to fill out.\n\n"
        "Her new mailing address is {street}, so please update that on her record as well.\n\n"
        "Thank you,\n{contact}\nHR, {company}",
    ),
    (
        "policy_loan",
        ("coverage_inquiry",),
        "Hi,\n\n"
        "One of our employees, {person}, asked whether she can borrow against her whole life policy "
        "{policy}. How much is available to her, what is the interest rate, and how would she pay it back?\n\n"
        "Could you also confirm the current face amount on that policy and what she pays per check?\n\n"
        "Thanks,\n{contact}\n{title}\n{company}",
    ),
]
