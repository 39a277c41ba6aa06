"""Training wordings by an outside writer (one of six), leaning towards bookkeepers and
administrators at non-profits, school districts and small municipalities (careful, long
descriptions of the situation, apologetic). In the train split only; the brief all writers shared
is in generate.py (WRITER_BATCHES).
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "Can we switch group {group} to {payroll_mode} deductions?",
        "Which billing modes do you offer for direct-billed policies?",
        "Please move {person}'s {product} to {mode} billing.",
        "what deduction frequency do you have us set up on",
        "Our district goes from {payroll_mode} to {payroll_mode} payroll in {month}. What do we need to do so the deductions line up with the new pay calendar?",
        "If we change to {payroll_mode}, what would each employee's per-paycheck amount be for their {product}?",
        "Sorry if this is basic, but a retiree who pays her {life_product} directly asked whether paying annually instead of quarterly costs less overall. Does it?",
        "The board approved moving all staff to {payroll_mode} pay. How soon would a billing mode change take effect on your side?",
        "I'm the bookkeeper for a small church and we only run payroll once a month, but the deductions you have on file look like they were built for {payroll_mode} pay. Could you tell me how the frequency is set for our group and whether it can be corrected so the amounts per check match a monthly payroll?",
        "Our town council voted to put municipal employees on {payroll_mode} paychecks effective {date}. Before we do it, our auditor wants to see what the change does to each person's deduction and to the group total. Can you run that for group {group}?",
        "A former employee, {person}, keeps her {life_product} on direct bill and pays {mode} right now. She would rather pay once a year so she doesn't have to remember the installments. Can her mode be changed, and what would the new installment be?",
        "When I came in I found that some of our people have 26 deductions a year and others 24, because of how the last office manager set them up. Is it possible to put everyone in group {group} on one {payroll_mode} schedule, and what would that do to their per-pay amounts?",
    ],
    "billing_schedule": [
        "When is the {month} bill due?",
        "Can I get a copy of our last invoice?",
        "We never received the {month} list bill.",
        "What day of the month is our bill generated?",
        "Our treasurer needs a duplicate of the invoice dated {date} for group {group}; the original seems to have been lost in the mail.",
        "How far ahead of the due date does the list bill usually go out? I'm trying to plan it around our board meetings.",
        "Is our monthly statement mailed to the office or sent by e-mail? I'd like to know where to expect it each month.",
        "Could you resend the {month} and {month} statements to me? Our auditor asked for both.",
        "It's already {date} and nothing has come for this month's premium bill. It normally arrives in the first week. Was it sent out, and to which address? I don't want us to fall behind just because we never saw it.",
        "I'm new in the school district's finance office and inherited this account without much of a handover. Could you explain the billing calendar to me: when each month's statement is produced, when it is due, and whether it covers the current month or the next one?",
        "Our fiscal year closes on {date} and the auditor wants every invoice from the year on file. I'm missing a few of them. Is there a way to get copies of all the bills issued to group {group} since {month}?",
        "We're a small parish and the bill usually shows up around the 10th, but this month it didn't arrive until after our vestry had already approved the month's payments. Has the date you produce our statements changed?",
    ],
    "bill_reconciliation": [
        "Our deductions don't match the list bill this month.",
        "Why is {person} on the bill when we don't deduct anything for that person?",
        "How do I mark corrections on the list bill before I remit?",
        "The bill says {money} but payroll only withheld {money}. Where's the difference coming from?",
        "I have our payroll register for {month} here. Can you compare it to the list bill and tell me which lines are off?",
        "{person} has {amt} taken out each pay, but the bill shows a different amount for the {product}. Which figure is right?",
        "There are two people on our deduction report who don't appear on your bill at all. How should I handle them when I send the remittance?",
        "Our remittance was {money} short of the bill because of a missed deduction for {emp}. How do I show that adjustment on the statement?",
        "Our auditor flagged that the {month} list bill for group {group} is {money} higher than what we withheld from paychecks. I've gone down it line by line and can't find the gap. Could you help me reconcile the two and explain each difference?",
        "I'm the part-time bookkeeper at a food pantry, trying to tie your statement to our payroll deductions. Three people show amounts that differ by a few dollars, {emp} among them. Did a rate change go through that I missed?",
        "When I put the deduction lines from our payroll system next to your bill, {count} policies are billed but nothing was taken from payroll for them. Before I pay, can you tell me why those are on the bill?",
        "Apologies, another reconciliation question. Last month we paid the bill minus a couple of lines we had crossed out, and now the new bill shows that difference carried forward as owed. How do we get the list bill adjusted so it agrees with what we actually withhold?",
    ],
    "payment": [
        "How much do we owe right now?",
        "Did you receive check #{checkno}?",
        "Is group {group} past due?",
        "How can we pay our premium?",
        "We mailed a check for {money} on {date}. Has it posted to our account yet?",
        "How long is the grace period if our payment is a few days late? Our council only approves checks twice a month.",
        "Can the district pay the monthly premium by wire or ACH instead of sending a paper check?",
        "We got a delinquency notice for {company}. What exactly is outstanding, and by when does it have to be paid to keep everyone covered?",
        "I took over the books at our church in {month} and I'm not certain the previous treasurer paid the last two premium bills. Could you tell me what has been paid and what balance is still open on group {group}?",
        "Our finance director is out on leave and I need to get this month's premium paid before the due date. What address should the check go to, and should I put the group number on the memo line?",
        "We sent {money} by check #{checkno} about ten days ago and our bank shows it still hasn't cleared. I'm worried it went astray. Can you see whether it arrived on your end?",
        "Our board treasurer wants to know what happens if we miss the due date by a week or so. Do the employees lose their coverage right away, or is there a grace period before anything lapses?",
    ],
    "accounting_breakdown": [
        "Can I get premium totals by product for {month}?",
        "Please break down this year's premium by employee.",
        "How much of our premium is pre-tax and how much is after-tax?",
        "Total premium by department for last quarter?",
        "Our auditor wants the annual premium for group {group} split out by product line. Can you produce that?",
        "I need what each employee paid for {product} from {month} through {month}, one line per person, for our year-end records.",
        "Could you split our monthly total by coverage tier: employee only, employee plus spouse, employee plus children and family?",
        "What part of last year's premium was for the Section 125 products and what part was for the after-tax whole life?",
        "We charge benefits back to each program budget: the after-school program, the food bank and the administrative office. Could you give me the premium for each department or location so I can allocate it properly in the board's financial report?",
        "The school district's business office needs a summary of premium by month for the fiscal year, {month} to {month}, with each product line shown separately, for the auditor. Is that something you can put together for group {group}?",
        "I'm preparing the village budget and need to know what each of our employees pays in a year for voluntary coverage, added up across all of their products. Could you send me that listing, totalled per person?",
        "Sorry if this is the wrong place to ask. For our year-end filings our accountant wants the total premium withheld during the calendar year, split into pre-tax and post-tax amounts. Could you give me those two totals?",
    ],
    "premium_refund": [
        "We paid the {month} bill twice. Can we get one of them back?",
        "Where is the refund for {person}?",
        "Is any premium refundable for {person}, who passed away on {date}?",
        "How do you calculate the refund when someone terminates mid-month?",
        "We overpaid the last invoice by {money}. Please send that back to us rather than holding it as a credit.",
        "{person} retired on {date} but we kept remitting the {product} premium through {month}. Can those premiums be returned?",
        "We were told a refund check would follow the tobacco correction on policy {policy}. Has it been issued yet?",
        "Our auditor asked whether premium refunds go back to the employer or straight to the employee. Which is it?",
        "One of our custodians, {person}, died in {month}, and the family called asking about the premium we had already paid ahead on the {life_product}. Is any of that refundable, and who would the money go to?",
        "We accidentally sent two payments of {money} for group {group} on {date}. Our treasurer would like the duplicate refunded to the operating account. How long does a refund like that usually take?",
        "I sent in the termination for {person} back in {month} and was told a refund would follow. It has been six weeks and nothing has come. Could you check the status of that refund?",
        "Our former director left on {date}, but nobody sent you the termination until months later, so we paid several extra months of premium. I understand there are limits on how far back you go. How much of that can we actually get back?",
    ],
    "policy_suspense": [
        "Why is there money in suspense on our account?",
        "What is the {money} unapplied amount on our statement?",
        "Please apply our suspense balance to the {month} bill.",
        "Our payment is sitting unapplied. Why?",
        "We sent {money} on {date} and it shows as received but not applied to any invoice. Can you tell me what's holding it up?",
        "There's money held in suspense for {person}, who we added last month. What do we need to do to get it applied?",
        "The account summary lists a suspense item tied to check #{checkno}. Where did that come from?",
        "Can the unapplied funds on group {group} be used to cover the shortfall on this month's bill?",
        "Our auditor asked about a line on the account summary labelled suspense, showing {money}. I honestly don't know what it means or how it got there. Could you explain what that money is and how we clear it before our year end?",
        "I paid the list bill but held back a few lines I disputed, and now the whole check seems to be sitting in suspense instead of being applied. Can you apply what matches and tell me what's still unapplied?",
        "We sent premium for a new hire before she appeared on your bill, and I believe it went into suspense. Now that she's enrolled, could that money be applied to her {product} policy {policy}?",
        "For months we've carried a small unapplied balance of {money} on the account and nobody here remembers why. Could you look at what it's tied to and either apply it or tell us what paperwork you need?",
    ],
    "reinstatement": [
        "Can {person}'s lapsed {product} be reinstated?",
        "How do we reinstate policy {policy}?",
        "Please put {emp}'s coverage back in force; it lapsed by mistake.",
        "What does it take to reinstate a lapsed policy?",
        "{person}'s {life_product} lapsed in {month} because we missed deductions during a leave of absence. Can it be put back in force?",
        "If we pay {person}'s back premium now, will the {product} be reinstated without new health questions?",
        "Our group's policies lapsed for nonpayment on {date}. What do we have to do to get everyone's coverage reinstated?",
        "An employee just came back from military leave and wants his old {product} policy reinstated rather than starting over with a new one.",
        "I'm so sorry, this was our error. Our payroll clerk stopped {person}'s deductions after a department transfer and the {product} policy lapsed on {date}. The employee only found out from your letter. Is it possible to reinstate it, and what would we need to pay?",
        "One of our retired teachers let her {life_product} lapse about two years ago and now regrets it. Is there still time to reinstate it, and would she have to go through underwriting again?",
        "Policy {policy} for {person} lapsed when our system dropped the name from the deduction file. The employee never meant to cancel. Can it be reinstated back to the original date so there's no gap?",
        "Our town's bookkeeper missed sending the premium for two months last year and several {product} policies lapsed. The council has authorised paying the back premium. Could you tell me which of those policies can be reinstated and what each would cost?",
    ],
    "benefit_change": [
        "Can {person} raise the {life_product} to {benefit}?",
        "What's the guaranteed issue limit on {product}?",
        "{person} wants to drop the cancer rider from the policy.",
        "Please lower {emp}'s {product} to the basic plan.",
        "Can an employee increase term life to {benefit} in the middle of the year, or only at open enrollment?",
        "{person} would like to add the waiver of premium rider to an existing {life_product}. Is that possible after issue?",
        "What is the maximum benefit an employee can elect on {product}, and above what amount do you need evidence of insurability?",
        "After a promotion, {person} would like to take the {product} benefit from {benefit} up to {benefit}.",
        "One of our bus drivers, {person}, asked me to reduce the {product} benefit because money is tight right now. He doesn't want to cancel, just carry a lower amount. Can I arrange that through you, and how soon would the lower premium show on the bill?",
        "We're a Section 125 plan and an employee is asking to add hospital indemnity now, in {month}, outside our enrollment window. I'm not sure what counts as a qualifying event. When is she allowed to add that coverage?",
        "Our pastor would like to bump his {life_product} from {benefit} to {benefit}. I remember something about amounts over a certain limit needing a medical questionnaire. Would this increase need that, and how do we get it started?",
        "Sorry if I'm mixing things up. {person} has the low option on {product} today and wants the high option at the next opportunity. When can that upgrade be made, and what would the new premium be?",
    ],
    "tobacco_change": [
        "{person} quit smoking. Can we switch the policy to non-tobacco?",
        "Does vaping count as tobacco use?",
        "What would {person}'s rate be as a non-smoker?",
        "Please correct {emp} to tobacco user.",
        "{person} was marked as a smoker on the {product} by mistake and has never used tobacco. How do we get that fixed?",
        "How long does someone have to be tobacco-free to qualify for the non-tobacco rate?",
        "One of our employees moved from cigarettes to nicotine gum. Does that still count as nicotine use for your rates?",
        "{person} told us about starting to smoke again. We need to update the tobacco status on policy {policy}.",
        "Our maintenance supervisor, {person}, has been cigarette-free for over a year and asked me whether the {life_product} rate can come down. Is there a form to sign, and when would the non-tobacco rate begin?",
        "At open enrollment {person} ticked the tobacco box by accident and meant to tick no, and the premium has been higher ever since {month}. Can the status be corrected back to the start, and what is the right rate?",
        "I'm not sure how your company defines tobacco use. One of our staff chews tobacco now and then, and another only smokes a cigar at the holidays. Would either of them have to be classed as a tobacco user on their {product}?",
        "Our wellness committee is encouraging people to quit. If several employees finish the cessation program, can their tobacco status be switched on their policies, and is there a limit on how far back the change can be dated?",
    ],
    "dependent_change": [
        "Add {person}'s newborn to the {product}.",
        "Up to what age can a child stay covered?",
        "Please remove {person}'s {spouse} from the policy; they are divorced.",
        "What does it cost to add a {spouse}?",
        "{person} adopted a little girl on {date}. What is needed to add her to the {product} coverage?",
        "Can an employee cover a domestic partner on {product}, or only a legal spouse?",
        "{person}'s son turns 26 next month. Will he be dropped automatically, or do we need to tell you?",
        "How much would {person}'s premium go up to add {child} to the accident plan?",
        "One of our teachers, {person}, got married on {date} and would like to add a {spouse} to the {product}. The enrollment window has passed. Is there still time to add a new spouse, and what would the premium become?",
        "Our custodian's {child} has a disability and is now past the usual age limit. He is worried the dependent coverage on his {product} will stop. Is there a way to keep a disabled child on the policy?",
        "{person} has separated and wants the husband taken off the family coverage, but isn't sure that can happen before the divorce is final. Could you tell me what's required to remove a spouse?",
        "We've had a baby boom at the district this year, three employees with newborns! Is there a deadline for adding the babies to their coverage, and do they need to answer health questions for them?",
    ],
    "termination": [
        "{person} left on {date}. Please end the coverage.",
        "What's the surrender value on policy {policy}?",
        "{emp} retired; cancel all of his policies.",
        "Cancel {person}'s {product}, the employee asked us to.",
        "{person} wants to cash in the {life_product}. How is it surrendered, and what would the payout be?",
        "How much notice do you need when an employee leaves so the coverage ends on the right date?",
        "Does {person}'s {product} end on the last day worked or at the end of that month?",
        "When an employee quits, does the {life_product} stop, or can it stay in force?",
        "Our long-time secretary, {person}, is retiring at the end of {month} and asked that the {product} coverage end with the last paycheck. Could you terminate it effective the retirement date?",
        "We laid off {count} seasonal workers from the parks department on {date}. I need their voluntary coverage ended as of that date. Should I send a list, or can I give you the names here?",
        "{person} passed away last week. I'm sorry to be writing about it this way, but what do I need to do to stop the deductions and close out the coverage with you?",
        "An employee who is leaving us asked whether she can surrender her {life_product} for the cash value instead of keeping it. She took a loan on it a few years ago. What would she actually receive once the loan is taken out?",
    ],
    "policy_loan": [
        "How much can {person} borrow on the whole life?",
        "What's the loan interest rate?",
        "Loan balance on policy {policy}?",
        "How does an employee pay back a policy loan?",
        "{person} needs money for a car repair and asked about borrowing against the whole life policy. How is a loan requested?",
        "Can {person}'s loan repayments be taken through payroll along with the premium?",
        "Is interest on a policy loan charged once a year, and what happens if it isn't paid?",
        "{person} wants to pay off the rest of the loan on policy {policy} in one go. What is the payoff amount?",
        "Our church sexton has had a whole life policy with you for fifteen years and is asking whether he can borrow against it to help with some medical bills. Could you tell me how much is available to borrow and what the interest would be?",
        "A statement came for {person} showing a loan balance of {money} that neither of us remembers. Could you confirm how much is owed on that policy loan and when it was taken?",
        "If an employee has an outstanding loan on a whole life policy and then passes away, what happens to the loan? {person} is asking because of trying to decide whether to repay it now.",
        "Sorry for the basic question. The bookkeeper before me set up a loan on {person}'s whole life and I can't find any paperwork. Are loan payments still being made, and how much is left to repay?",
    ],
    "bank_draft": [
        "Set up a bank draft for {person}'s {product}.",
        "{person}'s draft was returned. What now?",
        "Change the draft date on policy {policy} to the 15th.",
        "Stop the EFT on {person}'s policy.",
        "{person} is leaving us but wants to keep the {life_product}. How does the employee start paying it from a personal bank account?",
        "{person} switched banks. How is the account the premium drafts from updated?",
        "Can we move {person} from payroll deduction to bank draft during an unpaid leave?",
        "What day of the month are bank drafts taken for employees who pay directly?",
        "One of our retired teachers, {person}, has been paying the {product} by automatic draft since retiring. That account was closed and the last draft bounced. What needs to be done to set up a new account so the policy stays in force?",
        "{person} came back to work full time after a year of paying the {life_product} by bank draft. We'd like to go back to payroll deduction starting with the {date} paycheck and stop the draft. How do we do that?",
        "We're a tiny nonprofit and don't run payroll every month in the summer. Could employees who want to keep coverage then have the premium drafted from their checking accounts, and go back to payroll deduction in the fall?",
        "{person} called me upset because the bank charged an overdraft fee when your draft came out two days before payday. What date is that draft scheduled for, and can it be moved to after payday?",
    ],
    "policy_maintenance": [
        "Update {person}'s address to {street}.",
        "{person} has legally changed names. How do we update the policies?",
        "Change the beneficiary on policy {policy}.",
        "Our office has moved to {street}.",
        "{person}'s date of birth is off by a year on the {product} policy. How do we get it corrected?",
        "We switched payroll systems and everyone's employee number changed. How do I update the payroll IDs you have on file?",
        "{person} moved to {state}. Does anything besides the address need to change on the policy?",
        "Our bookkeeper retired. Please change our billing contact to {contact}, phone {phone}, e-mail {email}.",
        "{person}'s husband died last year and she wants to name her daughter as beneficiary on the {life_product} instead. What form does she need, and does it have to be witnessed?",
        "The church changed its legal name after merging with another parish, but our group's records still show the old name. What do we need to send to have the employer name updated on your records?",
        "{person} has been listed under a maiden name on the {product} policy for years and finally asked us to fix it. The payroll ID on that record should also read {emp}. Can you update the record?",
        "I'm cleaning up data for our auditor and noticed that several mailing addresses you have for employees in group {group} are out of date. Can I send you a corrected address list, and in what format?",
    ],
    "group_contract": [
        "Please send me our master contract.",
        "Where can I find the certificates for our employees?",
        "We need a copy of the master application for group {group}.",
        "Can you reissue {person}'s certificate?",
        "Our board is reviewing every vendor agreement. Could you send the current group policy document for our voluntary plans?",
        "The master contract still shows our old 30-hour eligibility rule. We need it amended to 20 hours.",
        "How do I get certificates of coverage produced for the {count} people who enrolled this year?",
        "Is there a signed copy of the master application on file? Our auditor wants to see who signed it on our behalf.",
        "Our insurance committee wants to make part-time staff an eligible class starting {date}. I believe that means amending the group contract. What is the process, and who on our side needs to sign?",
        "We can't find the original group contract for our {product} plan anywhere in the office; the former administrator must have kept it. Could you send a copy of the contract along with any amendments made since it was issued?",
        "{person} is applying for a mortgage and the lender wants proof of the {life_product} coverage. Could you generate a certificate or policy document the lender will accept?",
        "Our state auditor requires us to keep the policy documents for every voluntary plan we offer. Could you send me the complete {product} policy, riders included, as issued to group {group}?",
    ],
    "claims_eligibility": [
        "Was {person} covered on {date}?",
        "How does an employee file an accident claim?",
        "Is there a waiting period on {product}?",
        "Why was {person}'s claim denied as not eligible?",
        "{person} broke an arm on {date}, two weeks after the coverage started. Is that eligible under the {product}?",
        "Is there a pre-existing condition limitation on the {product} plan for people who just enrolled?",
        "Where do employees get claim forms, and how long after an accident do they have to send them in?",
        "{person}'s claim came back saying the coverage had lapsed, but we deducted every paycheck. Can you check whether the policy was in force on {date}?",
        "One of our firefighters was hurt on {date} and his wife is asking whether the {product} covers it. He enrolled in the fall. I don't need any medical details, only whether he was covered and eligible on that date.",
        "A teacher's husband was diagnosed in {month}, and she added him to her {product} last year. Is there a waiting period before a diagnosis counts, and would a claim for it be eligible?",
        "I'm not sure who handles this. {person} filed a {product} claim and it was denied because your records show part-time status, but the employee has been full time since {date}. What do we need to send to get the eligibility reviewed?",
        "Our staff keep asking me how claims work. Could you walk me through how an employee files a claim on these policies, start to finish, so I can put the steps in our staff handbook?",
    ],
    "new_case_setup": [
        "We're a new group. What do we need to do to get our first bill set up?",
        "When should we start deductions for our new plan?",
        "How do I send the initial enrollment file?",
        "We're opening a second location. How do we set it up with you?",
        "Our first enrollment wrapped up on {date}. What format do you need the census in so you can load everyone?",
        "We're a new client starting {date}. Who are our setup contacts, and how do we get access to the billing portal?",
        "Our district is adding a new charter campus under group {group}. How do we set it up as its own billing location?",
        "Please add {contact} as the payroll contact on our new group setup, phone {phone}.",
        "We're a small county library system offering voluntary benefits for the very first time, and enrollment just finished. Could you walk me through what happens next: when our first list bill will be produced and when we should begin taking deductions?",
        "I'm the new benefits person at {company}, which just signed on with you. Our broker said we'd get a welcome packet and a portal account for the new group, but nothing has arrived yet. Can you check where our setup stands?",
        "Our initial enrollment file has {count} employees, but a few people signed up late. Should I send the first file now and the late ones separately, or wait and send everything together before the first deduction?",
        "The city just took over a water district and its {count} employees will be joining our voluntary plans. Do they need to be set up as a new location with their own bill, or simply added under our existing group?",
    ],
    "portal_help": [
        "I'm locked out of the billing portal.",
        "How do I reset my portal password?",
        "My upload keeps failing with an error.",
        "Please add {contact} as a portal user.",
        "I can't find where to download the list bill as a spreadsheet in the portal.",
        "When I upload our deduction file the portal says invalid format. Which columns does it expect?",
        "Our previous payroll clerk has left. How do I remove her access to the billing site?",
        "The portal keeps logging me out after a minute or two. Is there a setting for that?",
        "I'm not very good with computers, sorry. I got an e-mail invitation to the billing portal, but the link says it has expired. Could you send a new one, or tell me another way to get in?",
        "Our business manager and I both need to see the bills, but the portal only seems to allow one log-in for {company}. Can we have two users, and can one of them be view-only?",
        "Every time I click on the statements tab in the portal I get a blank white page. I've tried two different browsers. Is something wrong with the site?",
        "I set up my security questions years ago and can't remember the answers, and the portal won't let me reset my password without them. What can I do to get back in?",
    ],
    "group_cancellation": [
        "We want to cancel our group plan.",
        "How do we terminate group {group} altogether?",
        "We're moving our voluntary benefits to another carrier.",
        "How much notice is needed to end the whole group?",
        "Our nonprofit is closing its doors at the end of {month}. What happens to our group policies?",
        "The board is thinking of dropping the voluntary plans because participation is so low. What would ending the group involve?",
        "We received a cheaper quote from a competitor. If we leave, when would our group's coverage with you end?",
        "If the church discontinues the group plan, can the employees keep their individual policies?",
        "Our town is handing payroll over to the county and the council has decided not to continue these voluntary plans. We would like to end the group as of {date}. What paperwork do you need from us?",
        "Honestly, the rates have gone up twice and several staff have complained. Before our board meeting on {date} I'd like to understand our options for ending the whole plan, and whether there's any penalty for cancelling mid-year.",
        "We're merging with another agency that already offers voluntary benefits through a different company, so our group with you will most likely be discontinued. What is the timeline, and what should we tell employees?",
        "The superintendent asked me to find out what it would take to discontinue our {product} plan for the entire district at the end of the plan year.",
    ],
    "coverage_inquiry": [
        "What coverage does {person} have?",
        "Is policy {policy} active?",
        "How many employees are enrolled in {product}?",
        "What's {person}'s monthly premium?",
        "Can you tell me the benefit amount on {person}'s {life_product} and when it was issued?",
        "I need a list of everyone in group {group} who has {product} coverage.",
        "Is {person}'s {spouse} covered under the {product} policy?",
        "When did {emp}'s {product} coverage take effect?",
        "An employee, {person}, says she signed up for accident and critical illness at enrollment, but I only see one deduction on her pay stub. Could you confirm which policies she actually has with you?",
        "Our auditor wants a snapshot of participation: how many staff have at least one voluntary policy, and how many policies are in force right now for group {group}?",
        "{person} is going on maternity leave and wants to know exactly what coverage she has through us, the benefit amounts, and whether each policy is currently active. Could you pull that up?",
        "I'm updating our benefits summary for new hires. Could you confirm which products our group currently has people enrolled in, and how many enrollees there are in each?",
    ],
    "human_agent": [
        "Can I talk to a real person?",
        "Please have someone call me at {phone}.",
        "I'd like to speak with an account representative.",
        "Transfer me to a human, please.",
        "I'd rather go over this with a person. Is there someone in group billing I can call?",
        "Could an administrator call me back this afternoon? My number is {phone}.",
        "This is getting complicated; I'd prefer to speak with our account manager directly.",
        "Is there a phone number where I can reach someone who handles our account?",
        "I'm sorry, I'm just not comfortable doing this through a chat. Our treasurer asked me to speak with an actual person at your company. Could someone reach me at {phone} or {email}?",
        "I've tried to explain this three times and I'm not getting anywhere. Please have someone from your billing team contact me: {contact}, {title} at {company}.",
        "Our board president would like a call from someone at the insurance company before our next meeting. Could you arrange for a representative to phone him at {phone}?",
        "I don't think the chat is the right fit for what I need. Could you put me in touch with a live agent, or have someone e-mail me at {email} to set up a time to talk?",
    ],
    "greeting": [
        "Hi there",
        "Good morning",
        "Hello, is anyone there?",
        "Hey",
        "Hi, this is {contact} from {company}.",
        "Good afternoon, I'm the bookkeeper for group {group}.",
        "Hello! First time using this chat.",
        "Hi, {contact} here, {title}.",
        "Good morning. I have a couple of things to ask about our account, just give me a second to find my notes.",
        "Hello, my name is {contact} and I look after benefits for {company} along with a dozen other jobs.",
        "Hi, I hope your day is going well. I'm the finance clerk at our parish and I'll have a few questions in a moment.",
        "Good evening. I'm {contact}, the office manager, and I've just taken over the benefits account.",
    ],
    "goodbye": [
        "Thanks, bye!",
        "That's all I needed.",
        "Thank you so much.",
        "Ok great, have a good day.",
        "That answers my question, thanks for your help.",
        "Perfect, I think we're all set for now.",
        "Thank you, I'll let our treasurer know. Goodbye.",
        "Appreciate it. Talk soon.",
        "Thank you for your patience with all my questions. That's everything for today.",
        "Wonderful, that clears it up. I'll close this window now.",
        "Thanks again, you've saved me a lot of digging through old files. Have a nice weekend.",
        "That's very helpful, I'll pass it along to our board. Nothing else for now, goodbye.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    # other insurance lines
    "What's the deductible on our employee health plan?",
    "Can I add a new hire to our dental plan?",
    "How do I enroll staff in vision coverage?",
    "What's the employer match on our 401(k)?",
    "How do we file a workers' comp claim for a custodian who hurt his back on the job?",
    "Our general liability premium went up 15 percent this year. Can you explain why?",
    "I need a certificate of insurance for our commercial auto policy for the church van.",
    "Can you quote homeowners insurance for my house?",
    "My personal car insurance premium doubled. Any tips for lowering it?",
    "Is our medical plan's open enrollment in November or December?",
    "What's the COBRA premium for someone leaving our health insurance?",
    "Our flood insurance renewal came in. Is it worth keeping for the parish hall?",
    "Our dental claim for a crown was denied. Can you appeal it for us?",
    "How do I report a stolen laptop to our property insurer?",
    "Do you sell pet insurance?",
    "We need a fidelity bond for our treasurer. Can you issue one?",
    "Can you get us a quote on directors and officers coverage for our board members?",
    "What would umbrella coverage on the church building cost us in premium?",
    "Our long-term care carrier, a different company, sent a rate increase letter. What does it mean for us?",
    "How do I change my own Medicare Part D plan?",
    "Is the employee assistance program part of our health plan?",
    "I'm the bookkeeper at a small church and our property and casualty premium jumped twenty percent. The vestry wants to shop around; can you get us some quotes?",
    "Our district's health insurance enrollment closes Friday and a teacher forgot to sign up. Can you add her to the medical plan?",
    "A volunteer slipped on the ice outside the food pantry and wants to know whether our liability policy will pay her doctor bills.",
    "Can I roll my old 403(b) from the school district into an IRA?",
    # payroll software and payroll processing
    "How do I set up a new deduction code in QuickBooks Payroll?",
    "ADP isn't calculating overtime correctly. Which setting do I change?",
    "How do I set up direct deposit for a new hire in Paychex?",
    "Can you run our payroll for this week?",
    "How do I process a wage garnishment deduction for child support?",
    "Our payroll software keeps rounding the HSA deduction wrong for {person}. How do I fix it in the system?",
    "Can you recommend a good payroll service for a church with six employees?",
    # HR / employment law
    "How many hours does someone need to work to count as full time under the ACA?",
    "Do we have to pay out unused vacation when someone quits in {state}?",
    "What are the FMLA rules for an employer with 30 people?",
    "What should our sick leave policy say about part-time staff?",
    "How does the new overtime rule affect our salaried office staff?",
    "Can you write a job posting for a part-time custodian?",
    # taxes
    "What's the FICA rate this year?",
    "How do I file a 941 for last quarter?",
    "Are church employees exempt from FUTA?",
    "How do I get a W-2 reissued to a former employee?",
    "Our auditor asked whether the pastor's housing allowance belongs on his W-2. How should we report it?",
    "I need help with my personal tax return, can you look at it?",
    # general knowledge, chit-chat, other requests
    "What's the capital of Australia?",
    "Tell me a joke.",
    "How's the weather where you are?",
    "Who won the game last night?",
    "Do you have a good recipe for a potluck casserole? We're feeding sixty people after the service.",
    "How do I book a conference room in Outlook?",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # ---- one request -------------------------------------------------------------------
    (
        "billing_mode",
        (),
        "Good morning,\n\n"
        "The school board approved a new pay calendar last night, and starting in {month} all of our "
        "classified staff will be paid {payroll_mode} instead of monthly. I've been asked to make sure the "
        "voluntary insurance deductions follow the change.\n\n"
        "Could you switch group {group} to the new deduction frequency and tell me what each employee's "
        "per-pay amount will be afterwards? The business office would like to check the new figures "
        "before the first payroll runs.\n\n"
        "Thank you,\n{contact}\n{title}, {company}\n{phone}",
    ),
    (
        "billing_schedule",
        (),
        "Hello,\n\n"
        "I apologise if I've missed something obvious. We usually receive our premium statement in the "
        "first week of the month, but nothing has arrived for {month}, either by mail or by e-mail. Our "
        "treasurer signs checks only on Thursdays, so I'm a little anxious about it.\n\n"
        "Could you let me know whether the {month} bill for group {group} was sent, and if so, please "
        "e-mail me a copy?\n\n"
        "Many thanks,\n{contact}\nParish Administrator",
    ),
    (
        "bill_reconciliation",
        (),
        "Hi,\n\n"
        "I'm working through the {month} list bill for our village employees and can't get it to agree "
        "with our payroll register. The bill totals {money}, but we only withheld {money} across the two "
        "pay dates that month. Our auditor comes in next week and I'd like to have it explained before "
        "then.\n\n"
        "From what I can see, the gap is mostly in the {product} lines, and {person} appears on the bill "
        "although we stopped deducting for that person some time ago. Could you go through the bill "
        "against our deductions and tell me where each difference comes from?\n\n"
        "Thank you for your help,\n{contact}\nVillage Clerk-Treasurer",
    ),
    (
        "payment",
        (),
        "Dear Billing Team,\n\n"
        "We mailed check #{checkno} for {money} on {date} to pay our premium for group {group}. Our bank "
        "statement still does not show it cleared and I'm worried it was lost.\n\n"
        "Can you confirm whether the payment was received and posted to our account?\n\n"
        "Regards,\n{contact}\nBookkeeper, {company}",
    ),
    (
        "accounting_breakdown",
        (),
        "Hello,\n\n"
        "Each year our auditors ask us to show how the benefit costs are spread across our programs, and "
        "this year they would also like the pre-tax and after-tax amounts shown separately.\n\n"
        "Could you send me the total premium for group {group} for the fiscal year {month} through "
        "{month}, broken out by product and by department? A spreadsheet would be ideal.\n\n"
        "Thank you so much,\n{contact}\n{title}\n{company}",
    ),
    (
        "premium_refund",
        (),
        "Good afternoon,\n\n"
        "I'm sorry to report that one of our long-serving maintenance staff, {person}, passed away on "
        "{date}. We had already remitted the premium on the {life_product} policy {policy} for the "
        "following two months.\n\n"
        "Is that premium refundable, and if so, will it be sent to the estate or back to us? I'd like to "
        "give the family accurate information when I speak with them.\n\n"
        "With thanks,\n{contact}\nHuman Resources, {company}",
    ),
    (
        "policy_suspense",
        (),
        "Hi there,\n\n"
        "Our latest account summary shows {money} listed as suspense. I honestly don't know what that "
        "means; the previous treasurer handled the account until last spring and left no notes about it.\n\n"
        "Could you tell me what this unapplied amount is from and what we need to do to get it applied to "
        "our bills?\n\n"
        "Thank you,\n{contact}\nTreasurer",
    ),
    (
        "reinstatement",
        (),
        "Hello,\n\n"
        "This is entirely our fault, and I apologise. When {person} moved from the transportation "
        "department to food service in {month}, our payroll clerk accidentally ended the voluntary "
        "deductions, and the {product} policy {policy} lapsed. The employee only found out from the "
        "notice you mailed.\n\n"
        "The employee would very much like the coverage back. Can the policy be reinstated, and what "
        "would have to be paid to do that?\n\n"
        "Sincerely,\n{contact}\n{title}\n{company}\n{phone}",
    ),
    (
        "tobacco_change",
        (),
        "Good morning,\n\n"
        "{person} stopped by my office today to tell me it's been a little over a year since the last "
        "cigarette, and asked whether the rate on the {life_product} could go down now.\n\n"
        "What do we need to do to change the tobacco status to non-tobacco, and when would the lower rate "
        "start?\n\n"
        "Thanks,\n{contact}\nOffice Manager",
    ),
    (
        "dependent_change",
        (),
        "Hi,\n\n"
        "Happy news here: one of our teachers, {person}, welcomed a baby on {date}. The employee "
        "currently has employee-only {product} coverage and would like to add the baby.\n\n"
        "What do we need to send you, and how much will the premium change once the baby is added?\n\n"
        "Best regards,\n{contact}\nBenefits Coordinator, {company}",
    ),
    (
        "policy_loan",
        (),
        "Dear Sir or Madam,\n\n"
        "Our church sexton has carried a whole life policy through our group for many years. He is "
        "facing some large medical bills and asked me to find out whether he can borrow against the "
        "policy instead of surrendering it.\n\n"
        "Could you tell me how much is available to borrow on policy {policy}, what interest rate applies, "
        "and how repayment works?\n\n"
        "Kind regards,\n{contact}\nChurch Secretary\n{phone}",
    ),
    (
        "group_contract",
        (),
        "Hello,\n\n"
        "Our board has started an annual review of every agreement the district has signed, and I have "
        "been asked to pull together the documents for our voluntary benefits. I can find the enrollment "
        "materials, but not the group contract itself.\n\n"
        "Could you send a copy of the master contract for group {group}, along with any amendments since "
        "it was first issued?\n\n"
        "Thank you,\n{contact}\nBusiness Office, {company}",
    ),
    (
        "claims_eligibility",
        (),
        "Hi,\n\n"
        "One of our firefighters, {person}, was injured on {date}, and the family has been asking me "
        "whether the {product} will pay. The enrollment was done last fall, but I'm unsure when the "
        "coverage actually started.\n\n"
        "I don't need any medical details. Could you just confirm whether the policy was in force on that "
        "date, and whether any waiting period applies?\n\n"
        "Thanks,\n{contact}\nTown Clerk",
    ),
    (
        "new_case_setup",
        (),
        "Good afternoon,\n\n"
        "We are a small regional library system and this is the first year we are offering voluntary "
        "benefits. Enrollment closed on {date} and {count} employees signed up.\n\n"
        "I'm not sure what happens next. What format do you need the enrollment file in, when will our "
        "first bill be produced, and which payroll should the deductions start on?\n\n"
        "Thank you for your patience with a newcomer,\n{contact}\n{title}\n{company}",
    ),
    (
        "portal_help",
        (),
        "Hello,\n\n"
        "I've been locked out of the billing portal after too many password attempts. I have tried the "
        "reset link twice, but the e-mail never arrives, and I've checked my spam folder.\n\n"
        "Could you unlock my account or send the reset to {email}?\n\n"
        "Thank you,\n{contact}\n{company}",
    ),
    (
        "group_cancellation",
        (),
        "Dear Account Team,\n\n"
        "After a long discussion at last night's meeting, our council voted to stop offering the "
        "voluntary insurance plans at the end of {month}. Participation has dropped to only a handful of "
        "employees and the administrative work has become hard to justify.\n\n"
        "Please let me know what we need to do to end group {group}, and what notice we owe to you and to "
        "our employees.\n\n"
        "Respectfully,\n{contact}\nCity Administrator, {company}",
    ),
    (
        "human_agent",
        (),
        "Hello,\n\n"
        "We've had a string of mix-ups on our account over the past few months, and I've gone back and "
        "forth through e-mail enough times that I think it would be quicker to talk it through.\n\n"
        "Could someone from your group billing team please call me at {phone}? I'm in the office most "
        "mornings.\n\n"
        "Thank you,\n{contact}\n{title}, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Hi,\n\n"
        "Our church's property and liability premium went up nearly twenty percent at renewal, and the "
        "finance committee has asked me to shop around before the policy renews in {month}.\n\n"
        "Could you send us a quote for coverage on the sanctuary and the parish hall?\n\n"
        "Blessings,\n{contact}\nParish Bookkeeper",
    ),
    (
        "out_of_scope",
        (),
        "Good morning,\n\n"
        "I handle payroll for our small nonprofit and we just switched to a new payroll program. It is "
        "taking the health insurance deduction out before federal tax but after state tax, and I can't "
        "find where that is set.\n\n"
        "Can you tell me how to set up the deduction so it's pre-tax for both?\n\n"
        "Thanks so much,\n{contact}\nFinance Assistant, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Hello,\n\n"
        "A member of our staff is asking whether she must be paid for the hours she spent at a mandatory "
        "training on a Saturday. She is hourly and already worked 40 hours that week.\n\n"
        "Could you tell me what the law requires here? I want to get it right before payroll closes.\n\n"
        "Regards,\n{contact}\nOffice Manager",
    ),
    # ---- two requests (main first) -----------------------------------------------------
    (
        "termination",
        ("premium_refund",),
        "Hello,\n\n"
        "{person} retired from the district on {date}. Please end the {product} and {life_product} "
        "coverage we have been deducting for.\n\n"
        "Because we were only told about the retirement recently, we kept remitting premium for two more "
        "months. Once the coverage is ended, could you also refund the premium we paid after the "
        "retirement date?\n\n"
        "Thank you,\n{contact}\nPayroll Specialist, {company}",
    ),
    (
        "dependent_change",
        ("policy_maintenance",),
        "Hi,\n\n"
        "{person} got married on {date} and would like to add a {spouse} to the {product} coverage. "
        "Please let me know what form you need and what the new premium will be.\n\n"
        "Also, the couple has moved, so could you update the mailing address on the policy to {street}?\n\n"
        "Thanks very much,\n{contact}\nHR Generalist",
    ),
    (
        "billing_mode",
        ("accounting_breakdown",),
        "Good afternoon,\n\n"
        "Our county is moving from monthly to {payroll_mode} paychecks on {date}. Please change the "
        "deduction mode for group {group} to match, and send the new per-pay amount for each employee.\n\n"
        "Separately, our budget office would like this year's premium totals broken down by product so "
        "they can compare costs before and after the switch.\n\n"
        "Regards,\n{contact}\n{title}\n{phone}",
    ),
    (
        "benefit_change",
        ("tobacco_change",),
        "Hello,\n\n"
        "{person} would like to increase the {life_product} benefit from {benefit} to {benefit} at our "
        "enrollment this fall. Could you tell me whether that increase needs evidence of insurability, and "
        "what the premium would be?\n\n"
        "The employee also mentioned having quit smoking over a year ago but still being billed at the "
        "tobacco rate, so please let me know how to have the tobacco status changed as well.\n\n"
        "Thank you,\n{contact}\nBenefits Administrator, {company}",
    ),
    (
        "coverage_inquiry",
        ("group_contract",),
        "Hi there,\n\n"
        "{person} has asked me exactly which voluntary policies are in force through our group, with the "
        "benefit amounts. The employee's own records are a bit of a jumble, and mine aren't much better. "
        "Could you tell me what coverage is on file?\n\n"
        "If possible, please also send new certificates for those policies, since the originals seem to "
        "have been lost.\n\n"
        "Thank you kindly,\n{contact}\nChurch Administrator",
    ),
    (
        "bank_draft",
        ("policy_maintenance",),
        "Hello,\n\n"
        "{person}'s last day with us will be {date}, and the employee wants to keep the {life_product} "
        "policy {policy} by paying it directly from a personal checking account. Could you tell me how to "
        "set up the bank draft so there's no gap after the last payroll deduction?\n\n"
        "The employee is also moving, so please change the address on the policy to {street}.\n\n"
        "Best,\n{contact}\n{title}, {company}",
    ),
    (
        "payment",
        ("policy_suspense",),
        "Dear Billing,\n\n"
        "Our finance committee asked me to confirm how much group {group} currently owes and whether we "
        "are past due on anything. I'd like to get a check out this week.\n\n"
        "While you're looking, our statement also shows an unapplied amount of {money}. Could you explain "
        "where that came from?\n\n"
        "Thank you,\n{contact}\nTreasurer, {company}",
    ),
    (
        "bill_reconciliation",
        ("termination",),
        "Hi,\n\n"
        "I've compared the {month} list bill to our payroll deductions and there are {count} lines that "
        "don't match. In most cases the bill amount is higher than what we took from paychecks. Could you "
        "help me sort out each difference before we remit?\n\n"
        "One of them is {person}, who left us on {date}. Please also end that coverage so it stops "
        "appearing on future bills.\n\n"
        "Thanks,\n{contact}\nAccounting Clerk, {company}",
    ),
    (
        "portal_help",
        ("billing_schedule",),
        "Hello,\n\n"
        "I'm trying to add our new finance assistant, {person}, as a user on the billing portal, but the "
        "add-user button is greyed out for me. Do I need different permissions, or is there another way "
        "to give her access?\n\n"
        "Also, could you e-mail me a copy of the {month} invoice? Our auditor asked for it and I couldn't "
        "find it in the office files.\n\n"
        "Thank you,\n{contact}\nOffice Manager, {company}",
    ),
    (
        "policy_maintenance",
        ("benefit_change",),
        "Good morning,\n\n"
        "{person} recently went through a divorce and would like the beneficiary on the {life_product} "
        "policy {policy} changed from the former spouse to the children. Please send me whatever form "
        "is needed.\n\n"
        "The employee would also like to lower the benefit amount on that policy to {benefit}, if that "
        "can be done now.\n\n"
        "Kind regards,\n{contact}\nHR Manager, {company}",
    ),
]
