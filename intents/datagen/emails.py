"""Hand-written long emails: (intent, secondary intents, text with {slots}).

Written the way HR and payroll people write to an administrator: context first, the request
somewhere in the middle, signatures and disclaimers at the end.
"""

EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    ("billing_mode", (), """Subject: Payroll frequency change

Hi {contact},

Starting {date} our company is moving from semi-monthly to bi-weekly payroll (26 checks a year instead of 24). Our payroll vendor asked me to confirm with each benefit carrier how deductions will be handled.

Can you switch the group's billing mode to biweekly and tell me what the new per-paycheck amounts will be for our people? I want to make sure we don't over-deduct in the months with three paydays.

Thank you,
{contact}
{title}
{company}"""),
    ("billing_schedule", (), """Hello,

I'm the new office manager at {company} and I am still figuring out our vendors. Our previous admin always had the insurance bill ready at the start of each month but I have not seen one for {month} yet, and nothing came to the shared inbox either.

Could you tell me when your bills are usually generated, when they are due, and resend the latest one to me?

Thanks so much,
{contact}"""),
    ("bill_reconciliation", (), """Hi team,

We ran our {month} payroll register against your list bill and they are not matching. Your bill total is {money} and our deductions for the month total {money}.

As far as I can tell {person} is still on the bill even though she terminated in the prior month, and {person} enrolled in accident coverage but I don't see him on the bill at all. Can you go through the bill with us and explain the rest of the difference? I'd like to pay the corrected amount.

Regards,
{contact}
{title}"""),
    ("payment", (), """Good morning,

We received a letter saying our group is past due and that coverage could lapse. I'm confused because our accounts payable team says a check for {money} went out on {date}.

Can you check whether that payment was received and posted, and tell me what balance is still outstanding, if any? If there is something owed I want to take care of it this week before the grace period runs out.

Thank you,
{contact}
{company}"""),
    ("accounting_breakdown", (), """Hi {contact},

Our CFO has asked for a breakdown of everything we paid for the voluntary benefits this year. Specifically she wants the premium split by product (accident, critical illness, hospital, life) and by department, and she also wants to know how much went through pre-tax under our cafeteria plan versus after tax.

Is that a report you can run for us, or something I can pull from the portal?

Best,
{contact}
{title}"""),
    ("premium_refund", (), """Hello,

{person} resigned effective {date}. We let you know the same week but premiums kept getting billed and we paid them with the {month} bill without catching it.

We would like the premium that was paid after her termination refunded. Could you tell me how much the refund will be, how it is calculated, and whether it comes back to us or goes to the employee?

Thank you for your help,
{contact}"""),
    ("policy_suspense", (), """Hi,

Looking at our account in the portal I see a line that says "unapplied / suspense" with {money} in it. We pay the full list bill every month so I am not sure where this came from. I think it may be the extra payment our AP department sent in by mistake in {month}, but I can't tell.

Can you explain what that money is and apply it to our next bill?

Thanks,
{contact}
{title}
{company}"""),
    ("reinstatement", (), """Dear Sir or Madam,

One of our long-time employees, {person}, had her {product} coverage lapse in {month} during a payroll mix-up while she was on leave. She has returned to work and is very upset to find out she no longer has coverage.

What do we need to do to get her policy reinstated? Is there a form, and will she have to answer health questions again? We are happy to pay any back premium.

Sincerely,
{contact}
{title}"""),
    ("benefit_change", (), """Hi {contact},

{person} came by my office today. He just bought a house and wants to increase his whole life coverage from {benefit} to {benefit}. I told him I'd check whether he can do that now or has to wait until open enrollment in the fall, and whether he would need to go through medical underwriting for that amount.

Let me know what the rules are so I can get back to him.

Thanks,
{contact}"""),
    ("tobacco_change", (), """Hello,

{person} let me know that she has been completely tobacco free for over a year now (she used to use nicotine patches and occasionally smoked). She would like to be moved to the non-tobacco rate on her {product} policy.

What documentation do you need from her and when would the new rate start? She also asked how much her premium will go down.

Regards,
{contact}
HR"""),
    ("dependent_change", (), """Hi team,

Good news from our warehouse crew: {person} and his wife welcomed a baby girl on {date}. He would like to add the newborn to his accident and hospital indemnity coverage.

What paperwork do you need, and how much will his payroll deduction go up once she is added? I think his coverage is employee and spouse right now.

Thanks,
{contact}
{title}
{company}"""),
    ("termination", (), """Hello {contact},

Please be advised that {person} is no longer employed with {company}. Her last day was {date}. Please terminate all of her voluntary coverage as of her last day and let me know when the last deduction should be taken.

She asked me whether she can keep anything, but for now please just process the termination.

Thank you,
{contact}
{title}"""),
    ("policy_loan", (), """Good afternoon,

{person} has had a whole life policy through our plan for about eight years. He is dealing with some unexpected expenses and asked me if he can borrow against the policy rather than cash it in.

Can you tell me how much he could borrow, what the interest rate is, and how repayment works? Could repayments be taken through payroll?

Thanks,
{contact}"""),
    ("bank_draft", (), """Hi,

{person} is retiring at the end of this month after 22 years with us. She wants to keep her critical illness and whole life policies and pay for them herself from her checking account once she is off our payroll.

How do we move her from payroll deduction to a bank draft, what form does she need to fill out, and what date would the draft come out each month?

Best regards,
{contact}
{title}
{company}"""),
    ("policy_maintenance", (), """Hello,

A few updates for our employees:

{person} got married in {month} and her last name changed. She also moved, her new address is 4820 Cottonwood Lane, Lincoln NE 68516. Please update her records on all of her policies.

Let me know if you need a copy of the marriage certificate or anything else to make the change.

Thank you,
{contact}
{title}"""),
    ("group_contract", (), """Hi {contact},

We are going through an audit and our auditor has asked for a copy of the group master contract and the signed master application for our voluntary plans. I looked everywhere in our files and only found the certificates.

Can you send me the complete contract documents? A PDF by email is fine.

Thanks,
{contact}
{title}
{company}"""),
    ("claims_eligibility", (), """Hi,

{person} filed a hospital indemnity claim for a stay that started on {date}, and the claim was denied because the policy supposedly was not in force yet. She enrolled during our open enrollment and we have been taking deductions since.

Can you confirm whether she was covered on that date? If she was, what do we need to do to get the claim looked at again?

Thank you,
{contact}"""),
    ("new_case_setup", (), """Hello,

We just signed up with you for accident and critical illness coverage for our {count} locations, with an effective date of {date}. Our broker said someone from your side would help us get set up, but we have not heard from anyone yet.

Who is our setup contact, how should we send our enrollment file, and when should we start taking the payroll deductions? Also, when will we receive our first bill?

Thanks,
{contact}
{title}
{company}"""),
    ("portal_help", (), """Hi there,

I have been trying to log in to the billing portal all morning. It accepted my password yesterday, today it says my account is locked after one attempt. I also tried the "forgot password" link twice and never got the email (I checked spam).

I need to upload our remittance file today. Can you unlock my account or tell me what I'm doing wrong?

Thanks,
{contact}
{company}"""),
    ("group_cancellation", (), """Dear {contact},

After a lot of discussion our leadership team has decided to move our voluntary benefits to another carrier effective {date}, mostly because of cost. Please let me know what we need to do to cancel our group plan, how much notice you need, and what happens to the employees who want to keep their policies.

We have appreciated working with your team.

Sincerely,
{contact}
{title}
{company}"""),
    ("coverage_inquiry", (), """Hi,

{person} stopped by HR and asked what coverage she currently has with you. She remembers signing up for accident and maybe critical illness at enrollment but is not sure about the amounts or whether her husband is covered.

Could you tell me what policies she has, the benefit amounts, who is covered and what her premium is per paycheck?

Thanks,
{contact}"""),
    ("human_agent", (), """Hello,

I have sent three messages about our account this month and still don't have an answer. I would really like to speak to someone on your administration team by phone. Please have someone call me at 402-555-0171 tomorrow morning.

Thank you,
{contact}
{title}"""),
    ("out_of_scope", (), """Hi,

One of our drivers was in a fender bender in the company truck yesterday. Nobody was hurt but the truck needs body work. Who do we contact to open the auto claim and do we need a police report?

Thanks,
{contact}
{company}"""),
    ("out_of_scope", (), """Hello,

Quick question that is not really about our policies: we are updating our employee handbook and I need to know whether Nebraska requires paid sick leave for part-time employees, and how many hours. Could you point me to the law?

Thanks,
{contact}
{title}"""),
    ("out_of_scope", (), """Good morning,

Our payroll provider is changing its software next month and I need to rebuild all of our earnings and tax codes in the new system. Do you know how to set up the state withholding tables for Iowa and Kansas?

Thank you,
{contact}"""),
    ("out_of_scope", (), """Hi team,

Our health plan renewal came in 14% higher this year. Can you tell me how our medical deductible compares to other employers our size, and whether we should move to a high deductible plan with an HSA?

Regards,
{contact}
{title}
{company}"""),
    ("out_of_scope", (), """Hello,

A pipe burst over the weekend and flooded the back office of our store. We have property insurance with a different company. Does the commercial property policy cover the damaged computers and how do we file it?

Thanks,
{contact}"""),
    ("out_of_scope", (), """Hi,

I'm doing our quarterly payroll tax filings for the first time. What is the deadline for the 941 this quarter and do I need to file state unemployment separately?

Thanks in advance,
{contact}
{title}"""),
    # Two requests in one email: the main request first, a second one after it.
    ("termination", ("premium_refund",), """Hi {contact},

{person} left the company on {date}. Please terminate his accident and critical illness policies as of that date.

Also, I think we paid his premium for the following month by mistake, so please let me know whether we will get that amount back.

Thanks,
{contact}
{title}"""),
    ("dependent_change", ("coverage_inquiry",), """Hello,

{person} got married over the summer and would like to add her husband to her hospital indemnity policy. Can you tell me what form she needs?

Separately, can you confirm what coverage she currently has with you? She thinks she also has critical illness but isn't sure.

Thanks,
{contact}"""),
    ("billing_mode", ("portal_help",), """Hi,

We are switching our payroll to weekly starting {date}. Please change our billing mode to weekly and let me know the new per-pay amounts.

One more thing, I can't find where to download the bill in the portal since your last update, the button is gone.

Regards,
{contact}
{company}"""),
    ("reinstatement", ("payment",), """Hello {contact},

Our group missed the grace period because our bookkeeper was out sick and the coverage lapsed on {date}. We want all of the policies reinstated as soon as possible.

And while I have you, how can we pay the back premium today - is ACH available?

Thank you,
{contact}
{title}"""),
]
