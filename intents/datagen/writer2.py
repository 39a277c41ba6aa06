"""Training wordings by an outside writer (one of six), leaning towards experienced HR and benefits
professionals at larger employers (precise vocabulary, formal tone, long messages that give
background first). In the train split only; the brief all writers shared is in generate.py
(WRITER_BATCHES).
"""

TEMPLATES: dict[str, list[str]] = {
    "billing_mode": [
        "Please change our deduction frequency to {payroll_mode}.",
        "What billing modes are available on direct bill?",
        "Can policy {policy} be billed {mode} going forward?",
        "If we move to {payroll_mode} payroll, what will each employee's per-pay deduction become?",
        "What modal factor applies when a policy is billed {mode} instead of monthly?",
        "When would a switch to {payroll_mode} deductions take effect for {company}?",
        "I'd like to know what {person}'s {product} deduction would be per paycheck if we changed the group to {payroll_mode}.",
        "We are consolidating payroll across our locations and everyone will be paid {payroll_mode} starting in {month}. The voluntary deductions are currently set up on a monthly basis. Please update the billing mode for group {group} and confirm the new per-pay amounts.",
        "Since we went from 24 to 26 pay periods, several employees have asked why their accident and CI deductions look different per check. My understanding is that the annual premium does not change. Could you confirm how the per-pay amount is computed under each mode?",
        "One of our employees is on direct bill and pays annually. She would prefer smaller installments. I was wondering whether she can be moved to {mode} billing and what each installment would be.",
        "Our finance team is reviewing cash flow for the coming fiscal year. We are on a monthly list bill today. Would the carrier allow group {group} to be billed {mode} instead, and would the total annual cost differ?",
        "Payroll tells me some months will have a third bi-weekly pay date. For the voluntary deductions, should we take 26 deductions a year or 24 and skip the third check? I need to configure the deduction code correctly before the change.",
    ],
    "billing_schedule": [
        "When is the {month} bill generated?",
        "Please send me a copy of the latest invoice for group {group}.",
        "We never got our {month} list bill.",
        "What day of the month is our premium statement due?",
        "Could you e-mail a duplicate of the {month} invoice to {email}?",
        "How many days before the due date are list bills produced?",
        "Is the billing statement for {company} issued on the same date every month?",
        "Our accounts payable department runs on a fixed cycle and needs to know exactly when the premium statement becomes available. It seems to arrive around the 10th, but that varies. Could you tell me the bill generation date and the due date for group {group}?",
        "I checked both the portal and our mailroom and there is no invoice for {month} for {company}. Last month's arrived on time. Has this month's bill been produced yet?",
        "Our controller is closing the quarter and asked for copies of the last three premium invoices. I can only locate two in our files. Please provide a copy of the {month} statement.",
        "We relocated our office recently and I suspect the {month} bill was mailed to the old suite. Can you confirm when the bill was issued and where it was sent?",
        "Now that we are on {payroll_mode} payroll, I am unsure when the list bill will be cut each month. Is the statement still produced on the same date, and when is it due?",
    ],
    "bill_reconciliation": [
        "The list bill doesn't match our payroll deductions for {month}.",
        "Why is {person} billed {money} when we deduct {amt} per check?",
        "{count} employees are on our deduction register but not on the list bill.",
        "Our remittance for {month} came to {money} but the invoice says {money}. Can you help me find the variance?",
        "Please reconcile the attached deduction report against the current list bill for group {group}.",
        "I marked policy {policy} as a missed deduction on the {month} list bill. How should I adjust the billed total?",
        "There is an employee on our deduction file, {person} ({emp}), who does not appear on the list bill at all. What explains the difference?",
        "We compared the {month} statement with the payroll register and found {count} lines that differ. Most seem to be plan-year rate changes, but two people are still billed whom we terminated the month before. Could you walk me through each discrepancy?",
        "Payroll deducted {amt} from {person}'s check for {product}, yet the list bill shows a higher premium. As far as we know nothing changed in her elections. Please explain the difference between the billed amount and the deduction.",
        "Our remittance will be short this month because {count} employees were on family medical leave and had no deductions. I would like to note those lines on the list bill with the correct change code. How should the statement be adjusted?",
        "I inherited this account recently and discovered that the last three list bills were never reconciled to payroll. The unexplained difference is roughly {money}. I would appreciate help reconciling them line by line.",
        "I was wondering why our billed total for {month} exceeds what we withheld from employees by {money}. We have already checked for new hires and terminations on our side.",
    ],
    "payment": [
        "How do we pay our premium online?",
        "What is our current balance due for group {group}?",
        "Did you receive check {checkno}?",
        "Are we past due on our account?",
        "How long is the grace period before our policies lapse for nonpayment?",
        "What address should premium checks be mailed to?",
        "Has the wire transfer of {money} we sent for {month} posted yet?",
        "We mailed check {checkno} for {money} to cover the {month} invoice about ten days ago. It has not cleared our bank yet, and I want to be sure it reached you before the due date. Could you confirm whether it was received?",
        "Our office was closed for two weeks and the {month} premium was not sent on time. We received a past-due notice this morning. What is the total needed to bring group {group} current, and by what date must it arrive to avoid a lapse?",
        "Our treasury team is changing banks. I was wondering whether you accept premium payments by credit card, or only by check and ACH from the employer's account.",
        "Accounts payable has asked for wiring instructions so we can remit the {month} premium for {company} electronically. Please send them at your earliest convenience.",
        "We received a delinquency letter for {company}, but I believe we are still within the grace period. Please tell me the last date payment can be received before coverage is affected.",
    ],
    "accounting_breakdown": [
        "I need a premium breakdown by product for {month}.",
        "Can you split our total premium by department?",
        "Please give me year-to-date premium totals for each employee.",
        "How much of our monthly premium is pre-tax versus after-tax?",
        "Break the {month} bill down by coverage tier, please.",
        "Our general ledger has a separate account for each line of coverage. Please provide the {month} premium totals split by accident, CI, disability and life.",
        "Finance wants the {product} premium reported separately for each of our locations. What were the totals for {month}?",
        "Our auditors require the total voluntary premium for the calendar year broken out by employee, showing which portion was deducted on a Section 125 pre-tax basis and which was post-tax. Is there a report that provides this for group {group}?",
        "We allocate benefit costs to each of our {count} cost centers. I need last quarter's premium totals by department so accounting can post the journal entries.",
        "Our CFO asked to see how premium has trended month over month this year. Could you provide the monthly totals for group {group} through {month}, broken out by product?",
        "For year-end reporting we need the annual disability premium per employee that was paid with after-tax dollars. Please provide that split by employee.",
        "I was wondering what portion of the {month} premium comes from employee-only coverage versus family coverage. Leadership is reviewing participation by tier.",
    ],
    "premium_refund": [
        "When will we receive the refund for our duplicate payment?",
        "What is the status of the refund for policy {policy}?",
        "How are refunds calculated when an employee terminates mid-month?",
        "We paid the {month} invoice twice, {money} each time. Please refund the extra payment.",
        "{person} died last month. Is the premium paid beyond the month of death refundable?",
        "{person} left the company, but we kept remitting her premium for {count} months. Can we get that money back?",
        "Does a refund of premium after an insured's death go to the employer or to the estate?",
        "We reported {person}'s termination late, and premium was billed and paid through {month}. I understand there may be a limit on retroactive credits. How much of the premium paid after her termination date will be returned, and will it come as a check or a bill credit?",
        "Your team already processed the change of {person}'s tobacco status to non-tobacco, and he was told he overpaid for several months. Please issue the refund of the rate difference and let me know the amount.",
        "Our account carries a credit balance of {money} after we overpaid in {month}. Rather than having it applied to future bills, we would like it refunded. What do you need from us to request that?",
        "I requested a refund of a duplicate payment over a month ago and nothing has arrived. Could you check on the status and tell me when the check will be issued?",
        "Payroll continued deducting from {person}'s pay after she cancelled her {product} coverage effective {date}, and those deductions were remitted to you. Please refund that premium so we can return it to her.",
    ],
    "policy_suspense": [
        "Why is there money sitting in suspense on our account?",
        "Please apply the {money} in suspense to our {month} bill.",
        "What does the unapplied cash line on our statement mean?",
        "How long do you hold funds in suspense before they are applied?",
        "Our payment of {money} went to suspense instead of paying the invoice. Why?",
        "A payment for {person}'s {product} was received but never applied to policy {policy}; it shows as unapplied. Please move it to her policy.",
        "There has been a suspense item of {money} on our account since {month}. No one on our team knows where it came from. Could you research it and tell me what it relates to?",
        "Our {month} remittance arrived on time, but the statement shows {money} held as unapplied funds rather than credited to the invoice. Because of that the portal shows a balance due. Please explain why the money is in suspense and apply it to the correct bill.",
        "We sent check {checkno} to cover two of our groups, {group} and our second location. It looks like the entire amount is sitting unapplied. Please split it and apply it to the right accounts.",
        "We included {count} new enrollees in our remittance before they appeared on the bill, and their premium went into suspense. Will it be applied automatically once they are added, or do we need to request it?",
        "I was wondering whether the suspense balance on group {group} can be matched to a specific policy. We would like it resolved before our fiscal year-end.",
        "Part of our last payment is still showing as unapplied remittance. Can you get it applied?",
    ],
    "reinstatement": [
        "Can {person}'s lapsed policy be reinstated?",
        "Please reinstate policy {policy}.",
        "Is there a deadline to reinstate a lapsed accident policy?",
        "What is required to reinstate a {life_product} policy that lapsed {count} months ago?",
        "{person} is back from military leave. How do we get her coverages reinstated?",
        "I was wondering whether the reinstatement application for policy {policy} has been approved. It was submitted about a month ago.",
        "We terminated {person} ({emp}) in error while processing a batch of separations; he never left the company. Please put his coverage back in force without a gap.",
        "{person}'s {product} coverage lapsed because her deductions stopped during an unpaid leave. She has returned to work and wants it restored. Can it be reinstated by paying the back premium, or does she need to complete a reinstatement application?",
        "An employee's whole life policy lapsed for nonpayment roughly two years ago. She would rather bring it back than apply for a new policy. Is it still within the reinstatement period, and what evidence of insurability would be needed?",
        "Our group fell behind and several policies lapsed at the end of the grace period. We have since paid the past-due balance in full. Will those policies be reinstated automatically, or must we submit something?",
        "An employee let her hospital indemnity coverage lapse last month by mistake when she changed her direct deposit. Please advise how we can get the policy back in force as quickly as possible.",
        "How does reinstatement work for a policy that lapsed more than six months ago?",
    ],
    "benefit_change": [
        "Please increase {person}'s {life_product} to {benefit}.",
        "What is the guaranteed issue limit on {product}?",
        "{person} wants to lower her disability benefit.",
        "What is the maximum benefit an employee can elect on critical illness?",
        "Can we add the wellness rider to {person}'s CI policy?",
        "Are benefit amount changes only allowed at open enrollment?",
        "Please reduce {person}'s hospital indemnity daily benefit to the lower option beginning with the {month} bill.",
        "An employee enrolled at {benefit} in {product} and now wants the maximum available. Please tell me the maximum and whether anything above the guaranteed issue amount would go through underwriting.",
        "{person} got married last month and would like to increase her own term life coverage. Since we are a Section 125 group, I understand she needs a qualifying event. Does marriage qualify, and would the increase require evidence of insurability?",
        "We are outside open enrollment, but {person} ({emp}) has asked to remove the cancer rider from his critical illness policy because of the cost. Please process the rider removal effective {date}.",
        "{person} applied to increase his whole life to {benefit} and submitted the EOI form several weeks ago. Could you tell me whether the increase has been approved and when it takes effect?",
        "I was wondering whether an employee may increase his disability income benefit now that he received a salary increase, or whether increases must wait for annual enrollment.",
    ],
    "tobacco_change": [
        "{person} quit smoking. How do we switch her to non-tobacco?",
        "Please change {person} to tobacco user status.",
        "Do e-cigarettes count as tobacco use for your rates?",
        "What will {person}'s rate be once she is non-tobacco?",
        "Policy {policy} was issued at the tobacco rate by mistake; the insured has never smoked. Please correct the tobacco class.",
        "If {person} moves to non-tobacco, how much less would she pay per pay period on her {product}?",
        "Does someone using nicotine patches still count as a tobacco user on our CI plan?",
        "{person} ({emp}) has been nicotine-free for over a year and signed the non-tobacco attestation. Please change her {product} policy to the non-tobacco rate, effective {date} if possible.",
        "At enrollment {person} indicated he was a non-smoker, but he has since told us he uses chewing tobacco. He wants to correct this now. What must we submit to change his status to tobacco?",
        "An employee asked how long she must be tobacco-free before she qualifies for non-tobacco rates on her {life_product}, and whether an occasional cigar counts. Could you explain the definition you apply?",
        "We were wondering whether a change from tobacco to non-tobacco is permitted mid-year or only at annual enrollment. The employee is ready to sign the statement now.",
        "Several employees completed a smoking-cessation program this spring. What is the process for moving them to the non-tobacco class?",
    ],
    "dependent_change": [
        "Please add {person}'s {child} to her accident coverage.",
        "Is a stepchild eligible for dependent coverage?",
        "Up to what age can children stay on the {product} policy?",
        "How much more does it cost to add a spouse to {product}?",
        "How do we remove an ex-{spouse} from an employee's policies after a divorce?",
        "Please add {person}'s {spouse} to his term life at {benefit}.",
        "{person} recently adopted two children and wants them on her family accident coverage. Is evidence required, and when would they be covered?",
        "{person} had a baby and wants to add the newborn to her critical illness and hospital indemnity coverage. I believe there is a 31-day window. What do we need to send, and will her tier change to employee and children?",
        "{person} and his {spouse} finalized their divorce last month. Please remove the spouse from all of his voluntary coverages and let me know his new per-pay deduction.",
        "An employee's son turns 26 in {month}. Will he be removed from the accident policy automatically, or do we need to submit the removal? We would also like to know whether a disabled child may remain covered past the age limit.",
        "We have an employee in a registered domestic partnership. Is a domestic partner eligible for spouse coverage on the term life and CI policies, and what documentation would be required?",
        "I was wondering what the premium difference would be if {person} moved from employee-only to family coverage on her hospital indemnity to cover her {relation}.",
    ],
    "termination": [
        "Please terminate coverage for {person}; her last day is {date}.",
        "{person} ({emp}) retired. Please cancel all of his policies.",
        "What is the cash surrender value on policy {policy}?",
        "How much notice do you need to end an employee's coverage?",
        "{person} has given us a signed request to cancel her disability policy. Please process the cancellation at the end of this month.",
        "Before we finalize {person}'s separation, could you give me the surrender value of his whole life policy net of any outstanding loan?",
        "{person} was laid off last week. Does her coverage end on her last day of work, or does it continue through the end of the month?",
        "{person} resigned effective {date} and will not be returning. Please end her accident, CI and hospital indemnity coverage as of her final paycheck.",
        "An employee wants to cancel his whole life policy and take the cash value. What does he need to sign to surrender it, and how long does it take to receive the check?",
        "We have {count} seasonal employees whose contracts ended in {month}. Please terminate their voluntary coverage as of their last day; I can provide a list with names and employee IDs.",
        "I was wondering whether an employee's term life ends the day she leaves or at the end of the month. She has not decided whether she will port it, so I only need to know when the group coverage stops.",
        "Please end policy {policy}; the employee no longer works here.",
    ],
    "policy_loan": [
        "How much can {person} borrow against her whole life policy?",
        "What is the loan balance on policy {policy}?",
        "What interest rate do you charge on policy loans?",
        "{person} wants to pay back his policy loan. How does he do that?",
        "Please send a loan request form for {person}'s whole life policy.",
        "Can {person} take a loan on his {life_product}?",
        "What happens if the loan on policy {policy} grows larger than the cash value?",
        "{person} is facing unexpected medical bills and asked whether she can take a loan against the cash value of her whole life policy {policy}. How much is available, and how quickly could the funds be disbursed?",
        "An employee took a loan on his whole life policy several years ago and has never repaid any of it. Could you provide the current outstanding balance including accrued interest?",
        "I was wondering whether a policy loan can be repaid through payroll deduction, or whether the insured must send loan payments to you directly.",
        "{person} received a notice that unpaid loan interest was added to her loan balance. She would like to understand how loan interest is calculated and when it is charged.",
        "Could {person} make a partial repayment of {money} on her policy loan this month? She wants to reduce the balance before year-end.",
    ],
    "bank_draft": [
        "Please set up a bank draft for {person}.",
        "{person}'s bank draft was returned for insufficient funds.",
        "Can we move the draft date for policy {policy} to the 15th?",
        "Please stop the EFT on {person}'s policy; she's going back on payroll deduction.",
        "Which day of the month are bank drafts processed?",
        "{person} went part-time and no longer qualifies for payroll deduction. Please move her accident and CI policies to bank draft.",
        "The draft for policy {policy} came back with an account closed code. What happens now, and will the draft be attempted again?",
        "{person} is leaving at the end of {month} and wants to keep her term life by porting it and paying you directly. How does she set up automatic monthly drafts from her checking account?",
        "{person} has changed banks and needs the monthly draft for policy {policy} to come from her new account starting next month. What form does she need to complete?",
        "An employee is starting an extended unpaid leave and will not receive paychecks for several months. Can we move his policies from payroll deduction to bank draft during the leave and back when he returns?",
        "I was wondering whether an insured can choose the date her draft comes out. She would like it to fall a day after her pension deposit.",
        "{person}'s draft has been returned twice in a row now. Please advise what the insured needs to do to keep the policy on automatic draft.",
    ],
    "policy_maintenance": [
        "Please update {person}'s last name; she recently married.",
        "{person} moved. The new address is {street}.",
        "The date of birth on policy {policy} is wrong.",
        "Our payroll system renumbered everyone; please update {person}'s ID on file to {emp}.",
        "Please change our billing contact to {contact}, {title}, {phone}.",
        "While reviewing records we noticed {person}'s name is misspelled on policy {policy}. Please correct it to match her Social Security card.",
        "{person} wants to change the beneficiary on her term life from her former husband to her daughter. What form does she need, and does it have to be notarized?",
        "Our company changed its legal name following an acquisition and now operates as {company}. Please update the employer name on group {group} in your records; I can send the supporting paperwork.",
        "{person} relocated to {state} last month and now lives and works there. Please update the state of residence on her policies.",
        "We moved our main office to {street}. Please update the group's mailing address for all correspondence.",
        "I was wondering whether an employee can update the beneficiary on his whole life policy through us, or whether he must contact you directly.",
        "The insured on policy {policy} goes by her middle name. Can the name on the policy be updated?",
    ],
    "group_contract": [
        "Please send me a copy of our group master contract.",
        "We need certificates of coverage for all enrolled employees.",
        "Where can I find the master application for group {group}?",
        "Please send {person} a copy of her certificate.",
        "Our auditor needs the schedule of benefits pages from the CI master policy.",
        "Please provide the policy provisions for our hospital indemnity plan so we can answer employee questions.",
        "An employee misplaced her certificate of insurance for {product} and needs it for a loan application. Could you generate a replacement?",
        "Our broker is reviewing our benefits and requested the master policy documents for each voluntary product we offer, including any amendments since inception. Could you send the full set for group {group}?",
        "We are adding an eligibility class for part-time employees who work at least 20 hours a week. What is required to amend the group master contract to reflect that?",
        "I was wondering whether the master application we signed in {month} has been countersigned and when we will receive a fully executed copy.",
        "Our legal team is reviewing vendor agreements and needs the complete group policy, including riders and endorsements, for the accident plan. Please e-mail it to {email}.",
        "Can the certificates be regenerated with our new plan year effective date?",
    ],
    "claims_eligibility": [
        "How does an employee file an accident claim?",
        "Is there a waiting period before disability benefits begin?",
        "Why was {person}'s claim denied as not eligible?",
        "Where do employees send completed claim forms?",
        "{person} has an accident claim from {date}. Was her policy in force at that time?",
        "How long does an employee have to submit a claim after an accident?",
        "{person}'s {relation} was injured last weekend and they want to file an accident claim. Was the dependent covered then?",
        "{person} was hospitalized just a few weeks after her hospital indemnity coverage started. She was told a pre-existing condition limitation may apply. Could you confirm whether she was eligible for benefits at the time of admission?",
        "An employee's CI claim was denied with a letter stating his coverage had lapsed. We have remitted his premium every month through payroll. Can you check whether he was actually covered at the time of diagnosis?",
        "I was wondering whether an employee whose coverage was effective {date} is eligible for a claim if he was not actively at work that day. His enrollment was completed during open enrollment.",
        "An employee went out on leave and is filing a disability claim. What is the elimination period, and when would benefits start?",
        "Was {person} eligible under the critical illness plan when she was diagnosed in {month}? Her claim is pending.",
    ],
    "new_case_setup": [
        "We just signed up. When will we receive our first bill?",
        "How do we send the enrollment file for our new group?",
        "Please set up portal access for our new group {group}.",
        "Who is our implementation contact for the new case?",
        "When should we begin payroll deductions for the new plan?",
        "Please list {contact} ({email}, {phone}) as the billing contact for our new group.",
        "We are a new client with an effective date of {date}. Should the first deduction be taken before or after the first bill arrives?",
        "{company} recently signed the application for accident and critical illness coverage effective {date}. As the new HR contact, I would like to know which steps remain before our first list bill is issued.",
        "We are opening a new location in {state} with about {count} employees who will be offered the same voluntary benefits. Please set it up as a new billing location under our group.",
        "Our enrollment with your benefits counselors closed last week. I was wondering what format you need the enrollment file in, and who will confirm that everyone was loaded correctly.",
        "We acquired a small company and want its {count} employees set up as a separate billing unit. What information do you need to create the new location?",
        "Our group was approved last week. What do we need to provide so the first deductions and the first invoice line up?",
    ],
    "portal_help": [
        "I'm locked out of the billing portal.",
        "How do I reset my portal password?",
        "Please add {contact} as a user on our portal account.",
        "The remittance upload keeps failing with an error.",
        "Which browsers does the billing portal support?",
        "I never received the verification code when logging in to the billing site. My phone number on file may be outdated.",
        "I tried to upload our deduction file for {month} this morning and got a file format not recognized error. It is a CSV exported from our payroll system in the same layout as last month. What should I change?",
        "Our former payroll clerk left the company and her portal login is still active. Please deactivate her user and give administrator rights to {contact}.",
        "I was wondering how to download the list bill in Excel format from the portal. Only the PDF option appears for me.",
        "The portal logs me out within seconds and shows a session expired message. I have cleared my cache and tried two different browsers.",
        "Where on the portal do I upload our eligibility changes?",
        "My portal username stopped working after your site update. Can you help me get back in?",
    ],
    "group_cancellation": [
        "We want to cancel our group plan.",
        "What notice is required to cancel the whole group?",
        "We're closing the business. What happens to our group's policies?",
        "We are moving to another carrier effective {date}. How do we terminate group {group}?",
        "Please treat this as formal notice that {company} will discontinue group {group} effective {date}.",
        "Our company is winding down operations this year. What is the process for ending the voluntary plans for everyone?",
        "After reviewing renewal costs with our broker, leadership is considering moving the voluntary benefits to a different carrier next year. Before we decide, could you explain what cancelling group {group} would involve and what happens to employees' existing policies?",
        "{company} is being sold and the new owner does not plan to continue these voluntary plans. Please explain the process and deadlines for terminating our group contract.",
        "Premiums have risen and participation is down to {count} employees. We are thinking about ending the program altogether. What are our options?",
        "I was wondering whether we can end the accident and CI plans for the entire company while keeping the life plan. Leadership wants to reduce the number of products we administer.",
        "We received a lower quote from a competitor for all of our voluntary lines. If we leave, how far in advance must we notify you?",
        "We no longer wish to offer these benefits. Please cancel the group.",
    ],
    "coverage_inquiry": [
        "What coverage does {person} have?",
        "Is {person} still active on {product}?",
        "How many employees are enrolled in {product}?",
        "What is the benefit amount on policy {policy}?",
        "What is {person}'s per-pay deduction for {product}?",
        "How many of our employees have dependent coverage on the CI plan?",
        "Who is covered under {person}'s accident policy? He's asking whether his {relation} was included at enrollment.",
        "{person} ({emp}) asked what her current premium is for each of her voluntary policies and what the benefit amounts are. She cannot find her enrollment confirmation. Could you look that up?",
        "For our annual review I need a list of everyone in group {group} who has {product}, with coverage tier and effective date.",
        "I was wondering whether {person}'s whole life policy is still in force. He transferred to our other division last year, and I'm not certain his policy followed him.",
        "Could you confirm the effective date and paid-to date on policy {policy}? The employee wants to know when her coverage began.",
        "Our benefits committee is meeting next week. How many employees are currently enrolled in each product, and what is the average benefit amount on term life?",
    ],
    "human_agent": [
        "I'd like to speak with a person, please.",
        "Can someone call me back at {phone}?",
        "Transfer me to a representative.",
        "Is there a live agent I can talk to?",
        "Can I get a phone call from your billing team?",
        "Please have an administrator e-mail me at {email} rather than continuing in chat.",
        "Who can I talk to on your side? I'd prefer a real person.",
        "I have gone back and forth on this several times and would prefer to discuss it with one of your administrators. Please have someone call me at {phone} today.",
        "This situation is complicated enough that I'd rather talk it through with a human. Could you connect me with our account representative?",
        "I was wondering whether our account manager, or anyone on the service team, could give me a call this afternoon. My direct line is {phone}.",
        "Please escalate this conversation to a staff member. I need someone who can look at our account directly.",
        "The answers so far haven't resolved my issue. I'd like {contact} or another administrator to contact me.",
    ],
    "greeting": [
        "Hello",
        "Good morning.",
        "Hi there, this is {contact} from {company}.",
        "Hello, I'm the {title} at {company}.",
        "Hi, is anyone there?",
        "Good afternoon.",
        "Good morning, {contact} here with group {group}.",
        "Hey, good morning!",
        "Greetings from the payroll team at {company}.",
        "Hello, I hope your week is going well.",
        "Good morning. My name is {contact}, and I recently took over benefits administration at {company} from my predecessor.",
        "Hi, I'm new to administering our voluntary benefits and wanted to introduce myself before I send over some questions.",
    ],
    "goodbye": [
        "Thanks, that's all.",
        "Thank you, bye!",
        "Great, thanks for your help.",
        "That answers my question. Have a great day.",
        "Appreciate it, talk soon.",
        "No further questions, thank you.",
        "Perfect. Have a nice weekend.",
        "I think we're done here. Thanks.",
        "Thank you for the quick turnaround; we're all set.",
        "Thank you very much for clarifying. I have everything I need and will close this out on our end.",
        "Thanks again for your patience with all of my questions today. That covers everything for now.",
        "Much appreciated. I'll let {contact} know it's resolved. Goodbye.",
    ],
}

OUT_OF_SCOPE: list[str] = [
    "How do I add a dependent to our medical plan?",
    "What is the deductible on our dental PPO?",
    "How do employees enroll in the vision plan?",
    "How do I change my 401(k) contribution percentage?",
    "We need to file a workers' comp claim for an injury on the job.",
    "What does our general liability policy cover?",
    "Why did our commercial auto premium go up at renewal?",
    "Can you quote homeowners insurance for me?",
    "How do I set up a new deduction code in ADP?",
    "Our payroll software isn't calculating overtime correctly.",
    "Do I have to pay employees for time spent on jury duty?",
    "Is it legal to terminate someone while they are on FMLA leave?",
    "How do I file our quarterly 941 payroll tax return?",
    "Tell me a joke.",
    "What's the weather like in Omaha today?",
    "Who won the game last night?",
    "What is the capital of Australia?",
    "Can you recommend a good lunch spot near downtown?",
    "Please add my teenage son to my personal car insurance.",
    "When is open enrollment for our major medical plan?",
    "Our HSA contributions aren't showing up in employees' accounts. Who should I contact?",
    "How is the employer match calculated on our retirement plan?",
    "Can you help me write a job description for a payroll clerk?",
    "What is the minimum wage in {state}?",
    "I need a certificate of insurance for our general liability policy to give to our landlord.",
    "Can you process the claim for my dental cleaning?",
    "Is COBRA required for our medical plan if we have 18 employees?",
    "How should we classify independent contractors versus employees?",
    "What's the difference between a W-2 and a 1099?",
    "I can't log in to our payroll provider's website. Can you reset my password there?",
    "Our commercial property policy renews next month. Can you give us a quote?",
    "How much should we budget for the company holiday party?",
    "Which stocks should I invest in right now?",
    "Our health insurance premium went up 12% at renewal. Can you explain why?",
    "How do I set up a wage garnishment for child support?",
    "Can you translate this employee letter into Spanish?",
    "I'd like to order more toner for the office printer.",
    "With 60 full-time employees, are we required to offer health coverage under the ACA?",
    "Please cancel our umbrella liability policy.",
    "How does a laid-off employee apply for unemployment benefits?",
    "What is the IRS mileage reimbursement rate this year?",
    "Can you help me with my personal income tax return?",
    "Do you ever get tired of answering billing questions?",
    "Write me a short poem about spreadsheets.",
    "An employee was hurt at our warehouse yesterday. How do we report it to OSHA?",
    "Our dental carrier denied a claim for one of our employees. Can you file an appeal for her?",
    "Please run payroll for this Friday and make sure the direct deposits go out on time.",
    "We deduct medical and dental premiums pre-tax through our cafeteria plan, and one employee wants to drop his dental coverage mid-year because his wife's employer now covers him. Is he allowed to make that change?",
    "Our company is shopping for a new medical carrier for next plan year. Which carrier would you recommend for a group of about {count} employees in {state}?",
    "We are reviewing our employee handbook and need to update the paid time off policy to comply with the new state sick leave law. Could you draft the revised policy language?",
]

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    # ---- one request ----
    (
        "bill_reconciliation",
        (),
        "Hello,\n\n"
        "I am reconciling the {month} list bill for group {group} against our payroll register and "
        "cannot get the two to agree. The bill totals {money}, while our deductions for the same "
        "period total noticeably less. I have already accounted for the two new hires who started "
        "mid-month.\n\n"
        "Could you help me identify which policies account for the remaining difference? I can send "
        "the payroll register as a spreadsheet if that helps.\n\n"
        "Kind regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "billing_mode",
        (),
        "Good morning,\n\n"
        "Effective {date} our company is moving all employees from a semi-monthly to a {payroll_mode} "
        "pay schedule. The voluntary accident, critical illness and term life deductions will need to "
        "follow the new schedule.\n\n"
        "Please change the billing mode for group {group} accordingly and let me know what each "
        "employee's per-pay deduction will be after the change, so that payroll can update the "
        "deduction codes.\n\n"
        "Thank you,\n{contact}\nPayroll Specialist, {company}",
    ),
    (
        "billing_schedule",
        (),
        "Hi,\n\n"
        "We have not received the {month} premium statement for {company}. Normally it arrives in "
        "the first week of the month, and I did not see it in the portal either.\n\n"
        "Could you confirm whether the bill has been generated and, if so, e-mail a copy to me?\n\n"
        "Thanks,\n{contact}\n{phone}",
    ),
    (
        "payment",
        (),
        "Dear Billing Team,\n\n"
        "Our accounts payable department mailed check {checkno} in the amount of {money} to cover "
        "the {month} invoice for group {group}. The check has not yet cleared our account, and with "
        "the due date approaching I want to make sure it was received.\n\n"
        "Would you please confirm whether the payment has arrived and been posted?\n\n"
        "Regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "premium_refund",
        (),
        "Hello,\n\n"
        "Our former employee {person} passed away last month. His life claim is being handled "
        "separately by his family, but we noticed that premium for his accident and hospital "
        "indemnity policies was deducted and remitted for the following month as well.\n\n"
        "Please let us know how much premium will be refunded for the period after his death and "
        "whether the refund will be paid to the company or to his estate.\n\n"
        "With thanks,\n{contact}\nHR Manager\n{company}",
    ),
    (
        "policy_suspense",
        (),
        "Good afternoon,\n\n"
        "Our {month} statement shows {money} held in suspense on group {group}. We paid the prior "
        "invoice in full and on time, so I am not sure what this amount represents, and our "
        "accounting team needs to close it out before year-end.\n\n"
        "Could you research the suspense item, tell us which payment it came from, and apply it to "
        "the appropriate bill?\n\n"
        "Best regards,\n{contact}\nController, {company}",
    ),
    (
        "reinstatement",
        (),
        "Hello,\n\n"
        "One of our employees, {person} ({emp}), was on an unpaid leave of absence this spring and "
        "no deductions were taken for her critical illness policy, which lapsed as a result. She "
        "returned to work this week and is very anxious to have the coverage back.\n\n"
        "What does she need to do to reinstate the policy? She is prepared to pay any back premium "
        "and to complete an application if required.\n\n"
        "Sincerely,\n{contact}\nBenefits Coordinator\n{company}",
    ),
    (
        "tobacco_change",
        (),
        "Hi,\n\n"
        "{person} has let me know that she has not used tobacco or nicotine products in more than "
        "a year and would like to be rated as a non-tobacco user on her {life_product} policy "
        "{policy}.\n\n"
        "Please let me know what statement or form she needs to sign and from what date the "
        "non-tobacco rate would apply.\n\n"
        "Thank you,\n{contact}",
    ),
    (
        "dependent_change",
        (),
        "Good morning,\n\n"
        "{person} in our warehouse welcomed a baby girl last week. He currently has employee-only "
        "accident and hospital indemnity coverage and would like to add his daughter to both.\n\n"
        "What do we need to send you, and how will his per-pay deduction change once the child is "
        "added?\n\n"
        "Thanks in advance,\n{contact}\nHR Generalist\n{company}",
    ),
    (
        "termination",
        (),
        "Hello,\n\n"
        "{person} is retiring at the end of {month} after 22 years with us. He has a whole life "
        "policy, {policy}, through our payroll deduction program and has decided he would like to "
        "surrender it rather than keep paying premium.\n\n"
        "Could you tell me the current cash surrender value and send the paperwork he needs to "
        "complete?\n\n"
        "Kind regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "policy_loan",
        (),
        "Dear Service Team,\n\n"
        "An employee, {person}, asked me whether she could borrow against her whole life policy "
        "{policy} to help with a family emergency. I explained that I would check with you.\n\n"
        "Could you let me know how much she could borrow, what interest rate applies, and how "
        "repayment would work?\n\n"
        "Regards,\n{contact}\nOffice Manager\n{company}",
    ),
    (
        "bank_draft",
        (),
        "Hello,\n\n"
        "{person} is leaving {company} effective {date}. She would like to keep her term life coverage "
        "under the portability provision and pay the premium herself once she is no longer on our "
        "payroll.\n\n"
        "How can she set up a monthly bank draft from her personal checking account, and is there a "
        "form she should complete before her last day?\n\n"
        "Thank you,\n{contact}\nHR Manager",
    ),
    (
        "policy_maintenance",
        (),
        "Hi there,\n\n"
        "{person} was recently divorced and would like to change the beneficiary on her term life "
        "policy {policy} from her former spouse to her two children. She also asked whether the "
        "children can be named as equal primary beneficiaries.\n\n"
        "Please send the beneficiary change form and let me know where it should be returned.\n\n"
        "Best,\n{contact}\nBenefits Administrator, {company}",
    ),
    (
        "group_contract",
        (),
        "Good afternoon,\n\n"
        "Our new broker is reviewing all of our benefit programs ahead of renewal and has asked for "
        "a copy of the group master contract for our voluntary accident and critical illness plans, "
        "including any amendments.\n\n"
        "Could you please send the complete documents for group {group}? An electronic copy is "
        "fine.\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "claims_eligibility",
        (),
        "Hello,\n\n"
        "{person}'s {relation} broke an arm playing soccer, and the family wants to file an accident "
        "claim. {person} added dependent coverage during open enrollment, and I am not certain the "
        "change had taken effect by the date of the injury.\n\n"
        "Can you confirm whether the dependent was covered on the date of the accident and tell me "
        "how the claim should be submitted?\n\n"
        "Thanks,\n{contact}\nHR Generalist",
    ),
    (
        "new_case_setup",
        (),
        "Hello,\n\n"
        "{company} signed the paperwork for your accident and hospital indemnity plans last week, "
        "with coverage effective {date}. I am the HR contact for the implementation and have not "
        "done this with your company before.\n\n"
        "Could you outline what happens next: how we send the enrollment file, when we will "
        "receive our first bill, and when payroll should start taking deductions?\n\n"
        "Kind regards,\n{contact}\n{title}\n{phone}",
    ),
    (
        "group_cancellation",
        (),
        "Dear Account Team,\n\n"
        "After a lengthy review, our leadership has decided to move our voluntary benefits to "
        "another carrier at the start of next year. Please accept this e-mail as notice of our "
        "intent to cancel group {group} effective {date}.\n\n"
        "Let us know what else you need from us in writing and what our employees should expect "
        "regarding their existing coverage.\n\n"
        "Sincerely,\n{contact}\nOwner, {company}",
    ),
    (
        "out_of_scope",
        (),
        "Hello,\n\n"
        "One of our employees had two fillings done last month and her dental claim was denied "
        "because the carrier says she had reached her annual maximum. She believes the maximum was "
        "calculated incorrectly.\n\n"
        "Could you review the dental claim and reprocess it?\n\n"
        "Thank you,\n{contact}\n{company}",
    ),
    (
        "out_of_scope",
        (),
        "Hi,\n\n"
        "We are switching payroll software at the end of the quarter and I need to rebuild all of "
        "our earnings and deduction codes in the new system. I am not sure how to set up the "
        "pre-tax flag for the medical and 401(k) codes.\n\n"
        "Could you walk me through configuring those codes in the new payroll platform?\n\n"
        "Thanks,\n{contact}\nPayroll Specialist",
    ),
    (
        "out_of_scope",
        (),
        "Good morning,\n\n"
        "We have an employee who has been out on medical leave for ten weeks and has asked about "
        "extending her leave. Our handbook is not clear on this point.\n\n"
        "Are we legally required to hold her position open beyond twelve weeks, and what "
        "documentation may we request from her doctor?\n\n"
        "Regards,\n{contact}\n{title}, {company}",
    ),
    # ---- two requests ----
    (
        "termination",
        ("premium_refund",),
        "Hello,\n\n"
        "{person} ({emp}) resigned and her last day was {date}. Please terminate her accident, "
        "critical illness and disability coverage as of that date.\n\n"
        "Because her notice reached us late, we have already remitted premium for the following "
        "month. Please also refund whatever was paid beyond her termination date.\n\n"
        "Thank you,\n{contact}\n{title}\n{company}",
    ),
    (
        "dependent_change",
        ("coverage_inquiry",),
        "Good afternoon,\n\n"
        "{person} was married last month and would like to add his new {spouse} to his critical "
        "illness and term life policies. Please let me know what you need from us to add her.\n\n"
        "Separately, could you confirm what coverage he currently has with you and his current "
        "benefit amounts? He was unsure what he elected at enrollment.\n\n"
        "Best regards,\n{contact}\nBenefits Coordinator, {company}",
    ),
    (
        "billing_mode",
        ("accounting_breakdown",),
        "Hi,\n\n"
        "Starting in {month} we will pay our staff {payroll_mode} instead of monthly. Please change "
        "the deduction mode on group {group} to match and tell me what the new per-pay amounts "
        "will be.\n\n"
        "For our budget planning, I would also appreciate a breakdown of our current monthly "
        "premium by product.\n\n"
        "Thanks,\n{contact}\nController\n{company}",
    ),
    (
        "portal_help",
        ("billing_schedule",),
        "Hello,\n\n"
        "I have been locked out of the billing portal since Monday after too many password "
        "attempts, and the reset e-mail never arrives. My username is the same as my work e-mail.\n\n"
        "Please unlock my account. In the meantime, could you also send me a copy of the {month} "
        "invoice, since I cannot download it myself?\n\n"
        "Regards,\n{contact}\n{title}, {company}\n{phone}",
    ),
    (
        "benefit_change",
        ("tobacco_change",),
        "Dear Service Team,\n\n"
        "{person} would like to increase her term life coverage to {benefit} during this year's "
        "annual enrollment. Please let us know whether that amount is within the guaranteed issue "
        "limit or whether evidence of insurability will be required.\n\n"
        "She also quit smoking more than a year ago and wants her tobacco status updated to "
        "non-tobacco.\n\n"
        "Kind regards,\n{contact}\nHR Manager\n{company}",
    ),
    (
        "accounting_breakdown",
        ("bill_reconciliation",),
        "Good morning,\n\n"
        "Our auditors have asked for the total voluntary premium for last year broken out by "
        "department and by product. Could you provide that report for group {group}?\n\n"
        "While preparing for the audit I also noticed that the {month} list bill was {money} "
        "higher than our payroll deductions for that month. Please help us understand that "
        "difference.\n\n"
        "Thank you,\n{contact}\nAccounting Clerk, {company}",
    ),
    (
        "coverage_inquiry",
        ("policy_maintenance",),
        "Hi,\n\n"
        "{person} ({emp}) asked me to confirm which voluntary policies she has with you and whether "
        "all of them are still active. She is reviewing her family's finances.\n\n"
        "She also moved recently; her new address is {street}. Please update it on her policies.\n\n"
        "Thanks so much,\n{contact}\nOffice Manager",
    ),
    (
        "payment",
        ("billing_schedule",),
        "Hello,\n\n"
        "We received a past-due notice for group {group} this week. I was under the impression "
        "that our last payment covered everything. Could you tell me what balance is outstanding "
        "and the date by which it must be paid to avoid a lapse?\n\n"
        "Also, please e-mail me a copy of the invoice the notice refers to so I can match it in our "
        "system.\n\n"
        "Regards,\n{contact}\n{title}\n{company}",
    ),
    (
        "new_case_setup",
        ("portal_help",),
        "Good afternoon,\n\n"
        "We are a new group with coverage effective {date}, and I need to send you the initial "
        "enrollment for {count} employees. Please let me know the file format you require and the "
        "deadline for our first bill.\n\n"
        "Also, I tried to register for the billing portal with the link from the welcome letter, "
        "but it tells me my group number is not recognized.\n\n"
        "Thank you,\n{contact}\n{title}, {company}",
    ),
    (
        "bill_reconciliation",
        ("termination",),
        "Hello,\n\n"
        "On the {month} list bill, {person} is still billed for accident and CI coverage even though "
        "she left the company two months ago and we stopped her deductions. I have struck her lines "
        "from the bill and remitted the adjusted total. Please confirm the bill adjustment is "
        "accepted.\n\n"
        "It also appears her termination was never processed on your side. Please terminate her "
        "coverage effective her last day, {date}.\n\n"
        "Best,\n{contact}\nPayroll, {company}",
    ),
]
