"""Seventh batch of wordings (training only): contrasts around `payment`.

Five-fold cross-validation by template confuses `payment` with its neighbours in both directions:
messages that use money words (pay, paid, owe, check, invoice, amount) but ask for a copy of a bill
or its due date (billing_schedule), for unapplied money to be applied (policy_suspense), for money
back (premium_refund), to end the whole plan (group_cancellation) or to fix the list bill against
deductions (bill_reconciliation) get called `payment`; and payment questions that name what is
paid only loosely ("the check", "you guys", "the card") go out of scope, while out-of-scope
questions about paying something else (a credit card, a loan, the IRS, a utility, another line of
insurance) come in as `payment`.

So the entries come in pairs of a kind: the same money words, each time with the request that
INTENTS.md assigns to the label written next to it, e.g.

* "AP can't cut the check until we have the invoice - please resend it" asks for a copy of a bill
  (billing_schedule); "we got the invoice - how do we pay it?" is payment;
* "we paid, and the money is sitting on the account not applied to anything" is policy_suspense;
  "we paid on the 3rd - did it arrive?" is payment;
* "we paid twice, send one back" is premium_refund; "we paid short, what's the difference we owe"
  is payment;
* "we'll pay through March and then cancel the group" is group_cancellation; "if we miss March,
  does the group get cancelled?" (delinquency) is payment;
* "we pay what we deduct and the bill is higher - which employees differ?" is bill_reconciliation;
* "can we put the premium on the company card?" is payment; "what do we owe on the company card?"
  is out_of_scope, as are premiums of health, dental, auto, home and workers' comp policies and
  payroll-tax deposits.

Written from the label definitions and from the kinds of errors five-fold CV by template makes on
train+valid (the later passes below were guided by those errors); no test or independent message
was read. generate.add_extra puts these (generate.TRAIN_ONLY_BATCHES) into the train split only,
after valid and test are complete, with a random generator of its own (so valid, test and the
earlier train-only batches come out exactly as before), half the time in the shared frames of
render() and half the time in batch6.py's; entries that are near-copies of any earlier template,
action, chat line or earlier train-only entry are dropped by the same filter.

Result (5-fold CV by template on train+valid, shipped settings, argmax). Adding sources re-draws
every fold, and a re-draw alone moves per-intent F1 by up to +-0.02 (the data before this batch
scores payment 0.864 / 0.849 / 0.854 / 0.859 on four fold draws), so the comparison holds the folds
of the pre-existing templates fixed and scores the pre-existing messages only, averaged over three
fold draws: in-scope accuracy 0.900 -> 0.906, out-of-scope recall 0.908 -> 0.922, macro-F1 0.907
-> 0.912, F1 payment 0.856 -> 0.882, billing_schedule 0.857 -> 0.889, bill_reconciliation 0.883
-> 0.901, policy_suspense 0.958 -> 0.964; no intent down by more than 0.007 on average. The plain
re-drawn run (new messages scored too) gives in-scope 0.903 -> 0.902, out-of-scope recall 0.912 ->
0.913, payment 0.864 -> 0.866, billing_schedule 0.860 -> 0.886; on that run's own folds the data
before the batch scores in-scope 0.903, payment 0.859, billing_schedule 0.884.

Read once after the batch was kept (nothing was chosen on these): test split payment F1 0.839 ->
0.857 (precision 0.750 -> 0.780), in-scope accuracy 0.942 -> 0.938, out-of-scope recall 1.000 ->
0.990, coverage_inquiry F1 0.871 -> 0.827 (now the lowest); independent_v2 in-scope 0.975 ->
0.975, lowest intent F1 0.889 -> 0.923.
"""

BATCH_7_TEMPLATES: dict[str, list[str]] = {
    # payment, worded like its neighbours
    "payment": [
        # ... like billing_schedule: the bill is in hand, the question is what is owed / how to pay
        "Got the {month} invoice - is that the full amount we owe or is something past due on top of it?",
        "Invoice #{checkno} - has it been paid or is it still open on your side?",
        "The {month} bill came in today. How do we pay it online?",
        "We have the statement in hand, what's the quickest way to get you the money?",
        "Is the {month} list bill marked paid on your end?",
        "Our invoice shows a previous balance of {money} - do we really still owe that?",
        "Accounting paid the {month} statement on {date}, can you confirm you got it?",
        # ... like policy_suspense / premium_refund: money sent or short, asking whether it arrived
        # or what is still owed
        "Our bank says the {money} left our account on {date}. Do you have it?",
        "Was our {month} premium received before the due date or are we showing late?",
        "We short-paid {month} by mistake - how much more do we need to send?",
        "we underpaid last month, whats the difference we owe",
        # ... like group_cancellation: cancellation for non-payment is delinquency
        "If we miss the {month} payment, does the whole group get cancelled?",
        "How far behind can we get before you cancel our group for non-payment?",
        "We're not going anywhere, we just can't pay until the 20th. How long is the grace period?",
        "Got a lapse notice for non-payment on group {group}. What do we have to pay to keep it in force?",
        # ... like out_of_scope: cards, checks and banks, with the insurer's premium as the object
        "Can we put this month's premium on the company card?",
        "Do you guys take Amex or only Visa/MC for the group bill?",
        "Is there a bank account we can wire the premium to?",
        "Our bookkeeper wants to know how to pay your invoices - check, ACH or card?",
        "Have you cashed the check we sent for our premium yet?",
        "The check we sent you for group {group} - has it cleared?",
        "our company card got declined when we tried to pay you - is there another way to pay?",
        "What routing and account number do we use to pay you by ACH?",
        "Is our accident and hospital premium paid up through {month}?",
        "Year-end audit: are we paid in full with you as of {date}?",
        "How much do we owe you guys for the worksite policies this month?",
        "Is there a late charge if the premium gets to you after the 1st?",
    ],
    "billing_schedule": [
        "AP can't cut the check without an invoice - please resend the {month} bill.",
        "We want to pay on time but the {month} statement never showed up.",
        "Before I pay anything I need a copy of the {month} invoice, can you email it?",
        "What day of the month do we have to pay by? Setting up our AP calendar.",
        "Our payment keeps going out before the bill arrives - what day do you actually generate the bill?",
        "Can you send a copy of the {month} bill we already paid? The auditors want it.",
        "Need a paid invoice copy for {month} for our files.",
        "The invoice amount is fine, I just need it sent to our AP inbox instead of to {contact}.",
        "No bill yet for {month} - we don't want to pay late, did it go out?",
        "when should I expect the invoice so I can get the check request in",
        "I need the {month} bill to get payment approved - can you send a pdf?",
        "Our check run is on the 10th. When will the {month} statement be ready?",
        "Can the bills come a week earlier? They arrive after our check run.",
        "Please resend last month's invoice - the check already went out but AP needs the paperwork.",
        "Did you stop mailing bills? We haven't had one for a while now.",
        "The {month} bill is late again - what day are they supposed to go out?",
        "how soon after the bill date is the payment due",
        "Could the bill come by email? The paper one keeps getting here after the due date.",
        "We need the {month} list bill so we can reconcile and pay it, but it hasn't come yet.",
        "What's the due date on the bill we got for {month}? It isn't printed on the copy I have.",
        "our vendor system needs the invoice # and due date before we can pay - can you send the {month} bill?",
        "Treasurer asked for copies of every premium invoice we paid this year.",
    ],
    "policy_suspense": [
        "Our payment came through, but it isn't applied to any of our employees' policies - it's just sitting there.",
        "You got our {money} check, but the bill still shows open because the money is in suspense. Can you apply it?",
        "The {money} we paid for {person} never got applied to her policy - is it in a holding account?",
        "why does our account show money received but not applied",
        "Can the unapplied {money} from our last payment go toward what we owe for {month}?",
        "We sent one lump sum with no breakdown - is it stuck in suspense until we tell you how to apply it?",
        "Our check came in without the remittance slip. Is the money parked unapplied?",
        "the payment shows received but the amount is floating, not attached to the invoice",
        "Why is there an unapplied payment on our statement when we paid the exact amount?",
        "The money's been in suspense since {month} - we want it applied, not refunded.",
        "there's {money} held on the account that isn't tied to any policy. what's it from?",
        "Your rep said our {money} is in a suspense account - what do you need from us to release it to the bill?",
        "We paid for {count} new hires before they were on the bill. Is that money being held in suspense?",
    ],
    "premium_refund": [
        "We paid {money} for {month} twice - please send the second payment back to us.",
        "Don't credit it to next month, we want the overpaid {money} returned by check.",
        "Can you ACH the refund back into our operating account?",
        "How much money are we getting back for the employees who termed in {month}?",
        "{person} died in {month} and we kept paying her premium. How much is being returned?",
        "Our AP paid the same invoice twice, how do we get the extra back?",
        "The refund you sent was less than what we paid in error - why?",
        "Can you reverse the extra payment we made on {date} and return the funds?",
        "we accidentally paid {money} to you instead of our medical carrier, pls send it back",
        "Is the money from our duplicate payment coming back to us or going to the employees?",
    ],
    "group_cancellation": [
        "We can't afford to keep paying for this plan - how do we end it for the whole company?",
        "We'll pay through {month} and then we want the group cancelled.",
        "The premiums cost us too much; please stop the plan for all employees after this payment.",
        "Will we owe anything if we cancel the group before the renewal date?",
        "Our owner doesn't want to pay for these benefits anymore - shut the whole plan down.",
        "The business is closing; cancel the group once the final bill is paid.",
        "Send the forms to cancel our group; the {month} premium will be our last payment.",
        "We stopped deductions for everybody and want to close out group {group} completely.",
    ],
    "bill_reconciliation": [
        "We only remit what we deduct, and this invoice is higher - can you show us which employees don't match?",
        "Before we pay, we need {person} taken off the {month} bill - she termed.",
        "The {month} bill says {money} but our deductions total {money}. Where is the difference?",
        "we paid the bill short by {money} because {person} left - please adjust the bill to match",
        "The invoice lists someone who has never worked here, please take her off.",
        "Why does the statement still charge {person} for {product} she dropped? Payroll stopped it.",
        "the {month} invoice has {person} on it two times",
        "Our statement shows a higher rate for {person} this month than what comes out of her check.",
        "Can I send back the list bill with our corrections instead of paying the full amount?",
        "Can we go over the {month} statement line by line against what we withheld?",
    ],
}

BATCH_7_OUT_OF_SCOPE: list[str] = [
    # paying something other than this group's premium
    "Our bank put a hold on a deposit - when will the funds be available?",
    "How much do we owe on the company Visa this month?",
    "When's the minimum payment due on our business credit card?",
    "Did our EFTPS payroll tax deposit go through?",
    "What's the grace period on our commercial auto premium?",
    "Our car insurance payment bounced, what happens now?",
    "How do we pay our group health insurance bill? The medical carrier changed its address.",
    "Our dental carrier says the premium is past due - who do I call?",
    "How do I pay the gas bill for the office?",
    "Do you know if the IRS got our 941 deposit?",
    "Is there a late fee if our workers' comp premium is paid after the due date?",
    "How do I stop payment on a check at my bank?",
    "Can we pay our vendors by ACH through QuickBooks?",
    "Why did my mortgage payment go up? Is it the homeowners insurance in escrow?",
    "What's the payoff on our company van loan?",
    "Our property insurance bill came - can we pay it in installments instead?",
    "How do I set up autopay for my personal car insurance?",
    "The medical plan invoice shows a past-due amount - can you explain it?",
    "How much do we owe our 401(k) provider for the recordkeeping fee?",
    "Where do I pay a speeding ticket online?",
    "What's the balance on the company's Home Depot account?",
    "how much do i owe on my own credit card",
    "Did our landlord cash the rent check yet?",
    "Our payroll company didn't pull the tax payment this quarter - what do we do?",
    "Our health insurer sent a bill we didn't expect - why is it so high?",
    "How do we pay an invoice from our staffing agency?",
    "Has the state received our unemployment tax payment?",
    "Can I pay my kid's daycare with a dependent care FSA card?",
]

# Second pass: payment questions that name the insurer only as "you", "our bill" or "our account"
# (held out, they went out of scope next to the out-of-scope wordings about cards, checks, balances,
# late fees and payment methods of other payees), each with an out-of-scope twin that names the
# other payee.
BATCH_7B_TEMPLATES: dict[str, list[str]] = {
    "payment": [
        "Is a business credit card OK for paying our premium with you?",
        "We'd like to use the company credit card for the group premium this time, is that allowed?",
        "do you take credit cards for the premium or only checks",
        "Which payment methods can we use for our bill with you?",
        "Our voluntary benefits bill with you - what is owed right now?",
        "What's the damage on our bill with you this month?",
        "What's our balance with you as of {date}?",
        "Do you charge a late fee if the premium is a few days late?",
        "late fee on our premium if it gets there after the due date?",
        "What's the least we can send to keep our employees' policies from lapsing?",
        "I want to make a one-time payment to you today, how?",
        "Where do I mail our premium check to you guys?",
        "did our check to you clear yet",
    ],
}

BATCH_7B_OUT_OF_SCOPE: list[str] = [
    "When is our business credit card bill due this month?",
    "Which payment methods does the state tax website take?",
    "What do we still owe the auto insurer for the fleet policy?",
    "What's the balance in our business savings account?",
    "Does the electric company charge a late fee if we pay a few days late?",
    "What's the minimum payment on our line of credit this month?",
    "I want to make a one-time payment on my mortgage, how?",
    "Where do I mail the check for our water bill?",
    "Did the check from our biggest client clear yet?",
]

# Third pass: more neighbours of payment that talk money. Reinstatement ("we paid what we owed -
# put the policies back in force"), accounting_breakdown ("what do we pay per product"),
# group_cancellation with the group number, premium_refund phrased as money owed to the employer,
# billing_schedule for late or missing bills, bill_reconciliation phrased as "the bill says we owe
# more than we deducted", and out-of-scope questions about paying employees.
BATCH_7C_TEMPLATES: dict[str, list[str]] = {
    "reinstatement": [
        "We caught up on everything we owed - can the lapsed policies be put back in force now?",
        "If we send the back premium today, will the terminated coverage be restored?",
        "Our group lapsed for non-payment last month. What does it take to reinstate it?",
        "We paid the overdue amount, please reinstate {person}'s {product}.",
    ],
    "accounting_breakdown": [
        "Monthly premium we pay for each product line?",
        "Break down what we paid in {month} by employee, please.",
        "What did we pay in premium last year, pre-tax versus post-tax?",
        "What do we pay you each month for {product} compared to {product}?",
    ],
    "group_cancellation": [
        "We want group {group} closed at the end of {month} - the last bill is already paid.",
        "Can you close our group account {group}? We're moving everyone to another carrier.",
        "We're done paying for this plan, end group {group} on {date}.",
    ],
    "premium_refund": [
        "You owe us money for {person}'s premium after she died - when will it be sent?",
        "Please mail us a check for what we overpaid on group {group}.",
        "There's money owed back to us for employees who left, how do we claim it?",
        "We're due money back on group {group} - where's the check?",
    ],
    "billing_schedule": [
        "Still waiting on our {month} statement - it usually comes by the 5th.",
        "We haven't gotten an invoice from you since {month}. Is our billing set up right?",
        "Nothing in the mail from you this month - was a bill produced for group {group}?",
    ],
    "bill_reconciliation": [
        "We sent what we withheld, but your bill says we still owe {money} - which employees make up the gap?",
        "The bill says we owe more than our payroll deductions, can you explain it employee by employee?",
    ],
}

BATCH_7C_OUT_OF_SCOPE: list[str] = [
    "Do we have to pay employees for time spent on call?",
    "Do we have to pay staff for a snow day when we close the office?",
    "Is it legal to pay employees with a pay card instead of direct deposit?",
    "How much do we owe a contractor who quit halfway through the job?",
]

# Fourth pass: the entries above took a little from premium_refund (an overpayment asked about
# as "where did the extra go" went to premium_refund; refunds after a tobacco change and a
# late refund check went elsewhere), so: overpaid money asked after, not asked back
# (policy_suspense), refunds named by their cause or their delay (premium_refund), and other
# people's refunds (out_of_scope).
BATCH_7D_TEMPLATES: dict[str, list[str]] = {
    "policy_suspense": [
        "Our check was more than the bill and the difference isn't showing anywhere. Is it unapplied?",
        "We overpaid the {month} invoice - is the extra just sitting on our account waiting to be applied?",
        "Where did the overage from our last payment go? It's not on this month's bill.",
    ],
    "premium_refund": [
        "{person}'s tobacco status was corrected, so we want back the extra premium we paid all year.",
        "Still no refund check and it's been over a month since you said it was approved.",
        "What's holding up our refund? We asked for it back in {month}.",
    ],
}

BATCH_7D_OUT_OF_SCOPE: list[str] = [
    "When will our state tax refund be deposited?",
    "The IRS owes us a refund for overpaid payroll taxes - how do we track it?",
]

BATCH_7_EMAILS: list[tuple[str, tuple[str, ...], str]] = [
    ("billing_schedule", (), """Hi {contact},

Our AP team pays everything off an invoice, and we never got one for {month}. Could you email a copy of the {month} bill to me so we can get it into this week's check run?

Thanks,
{contact}
{title} | {company}"""),
    ("billing_schedule", (), """Hello,

I'm new in accounts payable at {company}. To set up our payment calendar I need to know what day your bill is generated each month and what day it is due.

Thank you,
{contact}"""),
    ("payment", (), """Hi {contact},

We have the {month} invoice for group {group}. Can we pay it by ACH, and if so, what account do we send it to? If it has to be a check, where do we mail it?

Thanks,
{contact}
{company}"""),
    ("payment", (), """Hello,

Our owner is asking if we are behind with you. We got a letter saying coverage could end. What do we owe in total as of today, including anything past due?

Regards,
{contact}
{title}"""),
    ("policy_suspense", (), """Hi,

We paid {money} on {date} and your statement shows the money as received, but none of it was applied to the bill - there's a line that says unapplied. Can you apply it to the {month} invoice?

Thanks,
{contact}
{company}"""),
    ("premium_refund", (), """Hello {contact},

Our AP department paid the {month} bill twice ({money} each time). We'd like the second payment sent back to us rather than held as a credit. What do you need from us to process that?

Thank you,
{contact}
{title} | {company}"""),
    ("group_cancellation", (), """Hi {contact},

After a lot of discussion, ownership decided we can't keep paying for the voluntary plan. We'll pay the {month} bill, and we want the group ended after that. Please tell me what the next steps are.

Regards,
{contact}
{company}"""),
    ("bill_reconciliation", (), """Hello,

The {month} list bill is {money} but our payroll deductions for the month only come to {money}. Before we pay, can you help us find which employees are different?

Thanks,
{contact}
{title}"""),
    ("out_of_scope", (), """Hi,

Our business credit card payment was due on {date} and I think our bookkeeper missed it. Do you know what the late fee would be and whether it hurts our credit?

Thanks,
{contact}"""),
    ("out_of_scope", (), """Hello,

Our group medical plan's premium went up again and the carrier says we're past due for {month}. Can you tell me how to pay them and whether there's a grace period?

Thank you,
{contact}
{company}"""),
]
