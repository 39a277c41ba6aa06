"""Terse chat lines per intent: typed in a hurry, half sentences, abbreviations, no greeting."""

CHAT_LINES: dict[str, list[str]] = {
    "billing_mode": [
        "bi wkly deductions instead of semi monthly?", "mode change to {payroll_mode}",
        "we r going {payroll_mode} - what r the new per pay amts", "billing freq change",
        "deduction frequency {payroll_mode} starting {date}", "26 pays now, update billing",
        "per paycheck amount if weekly?", "change pay frequency on our acct to {payroll_mode}",
        "can direct bill be {mode}", "mode chg for pol {policy}", "new payroll cycle, need deductions redone",
        "3rd paycheck months - do we deduct?",
    ],
    "billing_schedule": [
        "{month} bill?", "no invoice this month", "resend invoice pls", "bill due date?",
        "when does the bill drop", "copy of last bill", "invoice not rcvd", "where's our statement",
        "bill for {date} pls", "when r bills generated", "list bill never came",
        "need {month} + {month} invoices",
    ],
    "bill_reconciliation": [
        "bill vs payroll off by {money}", "recon help for {month}", "list bill doesnt match deductions",
        "{person} still on bill??", "variance on statement", "billed {money} deducted {money}",
        "why is bill higher than deductions", "adjust list bill", "termed ee still billed",
        "new enrollee missing from bill", "reconcile remittance", "deduction mismatch {person}",
    ],
    "payment": [
        "did u get our check", "amt due?", "are we past due", "pay online?", "balance owed",
        "grace period?", "pmt of {money} posted yet?", "how to pay by ACH", "late notice - we paid!",
        "where do I mail the check", "pay {month} prem", "r we current",
    ],
    "accounting_breakdown": [
        "prem by product pls", "breakdown by dept", "pre tax vs post tax totals", "premium by ee report",
        "totals per tier", "ytd premium summary", "cost center split", "how much for {product} total",
        "sec 125 breakdown", "premium by location", "annual total by product", "split by division",
    ],
    "premium_refund": [
        "refund status?", "overpaid - refund pls", "duplicate pmt refund", "refund for termed ee",
        "refund of {money}?", "how is refund calculated", "where's our refund check", "money back for {person}",
        "refund after death of ee", "when do refunds go out", "refund to ee or employer?",
        "premium paid after term date - refund",
    ],
    "policy_suspense": [
        "suspense balance?", "unapplied funds", "{money} in suspense why", "apply suspense to bill",
        "unapplied cash on stmt", "clear suspense pls", "whats suspense", "money not applied",
        "suspense acct", "unallocated pmt", "pmt partially applied", "suspense from {month}",
    ],
    "reinstatement": [
        "reinstate {person}", "lapsed pol reinstatement", "bring cov back", "reinstatement form?",
        "reinstate pol {policy}", "cov lapsed - fix?", "termed in error pls reinstate", "reactivate policy",
        "lapse reinstatement rules", "get coverage back after lapse", "reinstate group",
        "can lapsed WL come back",
    ],
    "benefit_change": [
        "increase benefit to {benefit}", "GI limit {product}?", "add rider", "drop rider",
        "lower {product} amount", "max benefit?", "EOI needed for {benefit}?", "change benefit amt midyear",
        "raise face amt", "upgrade plan option", "benefit change outside OE", "decrease coverage {person}",
    ],
    "tobacco_change": [
        "smoker to non smoker", "tobacco status chg {person}", "non tobacco rate?", "quit smoking - rate?",
        "vaping = tobacco?", "tobacco correction", "remove tobacco surcharge", "nicotine status form",
        "ee now smokes", "tobacco free 12 mo", "non-smoker form", "tobacco rate difference",
    ],
    "dependent_change": [
        "add {child}", "add {spouse}", "remove {spouse}", "dep add for {person}", "newborn add",
        "child age limit?", "drop dependent", "add dom partner", "cost to add {spouse}?",
        "stepkid eligible?", "dep over 26", "add kids to plan",
    ],
    "termination": [
        "term {person}", "ee quit - cancel cov", "cancel pol {policy}", "surrender value?",
        "cash out WL", "term eff {date}", "ee retired", "ee deceased - term cov", "end cov for {person}",
        "termination notice period", "cancel {product} for {person}", "does cov end when they leave",
    ],
    "policy_loan": [
        "loan on WL?", "loan balance {person}", "loan int rate", "max loan amt", "repay loan",
        "policy loan request", "borrow against cash value", "loan payoff", "loan form",
        "loan thru payroll?", "how much can {person} borrow", "loan on pol {policy}",
    ],
    "bank_draft": [
        "EFT setup", "bank draft form", "stop draft", "change draft acct", "draft date change",
        "NSF draft {person}", "switch to EFT", "ACH auth form", "payroll to bank draft",
        "draft returned", "port cov - pay by draft", "EFT back to payroll",
    ],
    "policy_maintenance": [
        "name change {person}", "address update", "bene change", "DOB correction", "update payroll id",
        "fix spelling of name", "new address for {person}", "change beneficiary pol {policy}",
        "state change", "update ee email", "company name change", "correct birthdate",
    ],
    "group_contract": [
        "master contract copy", "cert for {person}", "master app", "group policy docs",
        "amend contract", "certificates pls", "SPD for {product}", "contract for audit",
        "reissue contract", "plan docs", "new certs", "contract amendment",
    ],
    "claims_eligibility": [
        "was {person} covered on {date}", "claim denied - eligibility", "waiting period?",
        "how to file claim", "claim form", "pre-ex limit?", "cov active on {date}?", "file {product} claim",
        "eligibility for claim", "claim deadline", "was pol {policy} in force", "covered when injured?",
    ],
    "new_case_setup": [
        "new group setup", "enrollment file format", "first bill new case", "start deductions when",
        "setup contact?", "new location setup", "portal access new acct", "census template",
        "implementation timeline", "new division billing", "set up group {group}", "onboarding new case",
    ],
    "portal_help": [
        "cant login", "locked out", "pw reset", "portal error", "add portal user", "upload failed",
        "download bill portal", "2fa not working", "reset email never came", "portal down?",
        "remove user", "admin access portal",
    ],
    "group_cancellation": [
        "cancel group", "leaving for another carrier", "end group plan", "closing business - cancel",
        "drop the whole plan", "group termination", "cancel all coverage for company",
        "notice to cancel group?", "moving carriers", "cancel contract", "stop the plan for everyone",
        "group cancel eff {date}",
    ],
    "coverage_inquiry": [
        "what does {person} have", "{person} active?", "{person} premium?", "who has {product}",
        "benefit amt pol {policy}", "enrollment count", "{person} coverage", "policy status {policy}",
        "tier for {person}", "eff date {person}", "paid to date?", "list of enrollees",
    ],
    "human_agent": [
        "agent", "human pls", "rep", "call me", "real person", "talk to someone", "representative",
        "callback", "live agent", "speak to person", "phone call pls", "connect to rep",
    ],
    "greeting": [
        "hi", "hello", "hey", "morning", "hiya", "hi there", "good morning!", "hello team",
        "hey hey", "afternoon", "hi!", "hello there",
    ],
    "goodbye": [
        "thx", "thanks", "bye", "ty", "thank u", "ok thx", "great thanks", "that's all",
        "cool thanks", "k bye", "done thanks", "thx bye",
    ],
    "out_of_scope": [
        "weather?", "joke pls", "auto claim", "home ins quote", "401k", "w2 question", "fmla",
        "overtime rules", "medical deductible", "dental claim", "pto policy", "quickbooks help",
        "adp login", "gusto payroll", "tax form", "sports scores", "pizza", "who r u", "lol ok",
        "test", "asdf", "???", "hmm", "what's 2+2", "unemployment claim", "workers comp",
        "cobra medical", "health plan id card", "vision claim", "car insurance", "flood ins",
        "business license", "minimum wage", "hiring a lawyer", "stock tips",
    ],
}
