"""Deterministic generator of realistic policy data feeds (CONTRACT.md, "Policy data feed").

    python -m bot.feedgen --seed 7 --groups 10 --employees 800 --as-of 2026-11-01 -o feed.json
    python -m bot.feedgen --seed 1 --groups 20 --policies 100000 -o big.json      # benchmarks
    python -m bot.feedgen --style alt --seed 3 -o unseen.json                     # other vocabulary

The bundled demo (bot/data/demo_feed.json and demo_scenarios.json) is `regenerate_demo()`,
also reachable as `python -m bot.feedgen --demo`.

Everything comes from one `random.Random(seed)`, drawn in a fixed order, so the same
arguments always give the same bytes. Premiums are computed with handlers.rules, never here.
Besides ordinary enrollment and billing, each feed holds the situations administrators
really see (late payment, a delinquent group, suspense money, ...); `scenarios` says where.
The CLI streams one group at a time, so a 100k-policy feed never sits in memory whole.
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Iterator

from handlers.rules import issue_age, money, monthly_premium, per_pay, RuleBook

DATA_DIR = Path(__file__).with_name("data")
DEMO = {"seed": 7, "groups": 10, "employees": 800, "as_of": date(2026, 11, 1), "style": "demo"}

PAYROLL_MODES = ("monthly", "semimonthly", "biweekly", "weekly")
# Group i gets MODE_CYCLE[i % len]: ten groups cover every payroll mode and one direct bill.
MODE_CYCLE = ("biweekly", "semimonthly", "monthly", "weekly", "biweekly",
              "semimonthly", "quarterly", "monthly", "weekly", "biweekly")
A_AND_H = ("accident", "critical_illness", "disability_income", "hospital_indemnity")
GRACE_DAYS = 31
BILL_MONTHS = 12


# --------------------------------------------------------------------------- vocabulary

@dataclass(frozen=True)
class ProductPlan:
    """A product as the generator offers it: the feed's product fields plus enrollment odds."""
    line: str
    code: str
    name: str
    take_rate: float                      # share of employees who elect it
    rates: tuple                          # tier: (tier, non-tobacco, tobacco); per_unit: ((min, max), nt, t)
    unit: int | None = None
    benefits: tuple[int, ...] = ()        # elected amounts (per_unit), most common first
    guaranteed_issue: int | None = None
    max_benefit: int | None = None
    riders: tuple[tuple[str, str, float], ...] = ()   # (code, monthly, take rate)

    @property
    def rate_basis(self) -> str:
        return "per_unit" if self.unit else "tier"

    @property
    def is_life(self) -> bool:
        return self.line in ("term_life", "whole_life")


AGE_BANDS = ((18, 29), (30, 39), (40, 49), (50, 59), (60, 70))


def _banded(non_tobacco: tuple[str, ...], tobacco: tuple[str, ...]) -> tuple:
    return tuple((band, nt, t) for band, nt, t in zip(AGE_BANDS, non_tobacco, tobacco))


def _tiered(employee: str, spouse: str, children: str, family: str) -> tuple:
    # Accident and hospital indemnity are not tobacco-rated: both classes pay the same.
    return tuple((tier, m, m) for tier, m in (("employee", employee), ("employee_spouse", spouse),
                                               ("employee_children", children), ("family", family)))


def _scaled(rates: tuple, factor: str) -> tuple:
    """The same rate table at another carrier's price level (3 decimals for per-unit rates)."""
    def scale(m: str) -> str:
        places = Decimal("0.001") if Decimal(m) < 1 else Decimal("0.01")
        return str((Decimal(m) * Decimal(factor)).quantize(places))
    return tuple((key, scale(nt), scale(t)) for key, nt, t in rates)


# Rates per FACTS.md: CI ~ $4.25 vs $5.85 per $10k under 30, life tobacco about 3x,
# DI $2.35 / $2.95 per $100 of monthly benefit under 40 (the contract's example).
ACC_RATES = _tiered("14.20", "24.10", "27.80", "37.60")
HI_RATES = _tiered("18.50", "34.90", "29.40", "45.80")
CI_RATES = _banded(("0.425", "0.780", "1.520", "2.950", "4.600"), ("0.585", "1.080", "2.130", "4.100", "6.350"))
DI_RATES = (((18, 39), "2.35", "2.95"), ((40, 49), "3.10", "3.90"), ((50, 59), "4.20", "5.30"),
            ((60, 70), "5.60", "7.00"))
TL_RATES = _banded(("0.080", "0.110", "0.240", "0.620", "1.450"), ("0.240", "0.330", "0.720", "1.860", "4.350"))
WL_RATES = _banded(("0.850", "1.100", "1.650", "2.550", "4.100"), ("1.300", "1.750", "2.600", "4.050", "6.500"))

DEMO_PRODUCTS = (
    ProductPlan("accident", "ACC", "Accident Expense", 0.60, ACC_RATES,
                riders=(("ACC-WELL", "1.50", 0.25),)),
    ProductPlan("critical_illness", "CI", "Critical Illness", 0.40, CI_RATES, unit=1000,
                benefits=(10000, 20000, 15000, 5000, 25000, 30000), guaranteed_issue=20000,
                max_benefit=50000, riders=(("CI-CANCER", "3.75", 0.2),)),
    ProductPlan("disability_income", "DI", "Disability Income", 0.35, DI_RATES, unit=100,
                benefits=(1500, 1000, 2000, 1200, 2500, 800, 3000), guaranteed_issue=2000, max_benefit=5000),
    ProductPlan("hospital_indemnity", "HI", "Hospital Indemnity", 0.40, HI_RATES),
    ProductPlan("term_life", "TL", "Term Life 20", 0.45, TL_RATES, unit=1000,
                benefits=(50000, 100000, 25000, 150000, 75000, 200000), guaranteed_issue=150000,
                max_benefit=500000, riders=(("TL-CHILD", "2.00", 0.15),)),
    ProductPlan("whole_life", "WL", "Whole Life", 0.25, WL_RATES, unit=1000,
                benefits=(25000, 10000, 50000, 20000, 75000), guaranteed_issue=50000, max_benefit=250000,
                riders=(("WL-WOP", "1.25", 0.2),)),
)

ALT_PRODUCTS = (
    ProductPlan("accident", "AXP-2", "Accident Advantage Plus", 0.60, _scaled(ACC_RATES, "1.07"),
                riders=(("AXW", "1.25", 0.2),)),
    ProductPlan("critical_illness", "CRT30", "Critical Care Protector", 0.40, _scaled(CI_RATES, "1.12"),
                unit=1000, benefits=(15000, 10000, 20000, 30000), guaranteed_issue=30000,
                max_benefit=60000, riders=(("CRT-ONC", "4.10", 0.25),)),
    ProductPlan("disability_income", "STD7", "Short-Term Income Protection", 0.40,
                _scaled(DI_RATES, "0.94"), unit=100, benefits=(1200, 1800, 2400, 900, 3000),
                guaranteed_issue=2400, max_benefit=6000),
    ProductPlan("hospital_indemnity", "HOSP1", "Hospital Stay Indemnity", 0.35, _scaled(HI_RATES, "1.05")),
    ProductPlan("term_life", "TRM10", "Ten-Year Level Term", 0.50, _scaled(TL_RATES, "0.97"), unit=1000,
                benefits=(100000, 50000, 250000, 150000), guaranteed_issue=200000, max_benefit=600000,
                riders=(("TRM-ADB", "1.10", 0.2),)),
    ProductPlan("whole_life", "PERM", "Permanent Life Builder", 0.22, _scaled(WL_RATES, "1.04"), unit=1000,
                benefits=(20000, 30000, 50000, 15000), guaranteed_issue=40000, max_benefit=200000),
)


@dataclass(frozen=True)
class Style:
    """Everything that makes one insurer's feed look like itself."""
    products: tuple[ProductPlan, ...]
    states: tuple[str, ...]
    whole_life_states: tuple[str, ...]         # whole life is filed in fewer states
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    company_names: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    near_duplicates: tuple[tuple[str, str, str, str], ...]   # first, last, similar first, similar last
    group_digits: int
    policy_prefix: str
    policy_digits: int                         # digits after the prefix
    employee_id: str                           # format with the sequence number
    bill_number: str                           # format with group, year, month
    payment_id: str                            # format with the sequence number


DEMO_STYLE = Style(
    products=DEMO_PRODUCTS,
    states=("NE", "IA", "KS", "MO", "SD"),
    whole_life_states=("NE", "IA", "KS", "MO"),
    first_names=(
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
        "Sandra", "Mark", "Margaret", "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily",
        "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian",
        "Melissa", "George", "Deborah", "Timothy", "Stephanie", "Ronald", "Rebecca", "Jason", "Laura",
        "Edward", "Sharon", "Jeffrey", "Cynthia", "Ryan", "Kathleen", "Jacob", "Amy", "Gary", "Angela",
        "Nicholas", "Shirley", "Eric", "Brenda", "Jonathan", "Emma", "Stephen", "Anna", "Larry",
        "Pamela", "Justin", "Nicole", "Scott", "Samantha", "Brandon", "Katherine", "Benjamin",
        "Christine", "Samuel", "Debra", "Gregory", "Rachel", "Alexander", "Carolyn", "Patrick",
        "Janet", "Frank", "Maria", "Raymond", "Heather", "Jack", "Diane", "Dennis", "Julie", "Jerry",
        "Joyce", "Tyler", "Victoria", "Aaron", "Kelly", "Jose", "Christina", "Adam", "Joan", "Nathan",
        "Evelyn", "Henry", "Lauren", "Zachary", "Judith", "Douglas", "Olivia", "Peter", "Megan"),
    last_names=(
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
        "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Thompson", "Clark", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
        "Hill", "Campbell", "Mitchell", "Roberts", "Phillips", "Evans", "Turner", "Parker", "Collins",
        "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
        "Bailey", "Bell", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
        "Gray", "James", "Hughes", "Price", "Sanders", "Myers", "Long", "Foster", "Powell", "Jenkins",
        "Perry", "Russell", "Sullivan", "Fisher", "Henderson", "Hamilton", "Graham", "Wallace",
        "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds", "Ellis", "Harrison", "Gibson",
        "McDonald", "Marshall", "Schmidt", "Meyer", "Olson", "Hansen", "Larson", "Schultz", "Weber",
        "Becker", "Koch", "Jensen", "Novak", "Peterson", "Lindquist", "Kruse", "Vogel", "Hoffman",
        "Garcia", "Hernandez", "Lopez", "Nguyen", "Tran", "Ortiz", "Ramirez"),
    company_names=(
        "Prairie Mill Supply", "Cedar Valley Foods", "Platte River Logistics", "Heartland Tool & Die",
        "Sandhills Veterinary Clinic", "Missouri Valley Printing", "Flint Hills Credit Union",
        "Loess Hills Nursery", "Great Plains Dental Partners", "Riverbend Manufacturing",
        "Bluestem Home Health", "Cornhusker Electric Co-op", "Black Hills Outfitters",
        "Ozark Trail Trucking", "Des Moines Valley Bakery", "Smoky Hill Grain Elevator"),
    company_suffixes=("Holdings", "Services", "Cooperative", "Partners"),
    near_duplicates=(
        ("Laura", "King", "Laura", "Kingsley"), ("Jon", "Peterson", "John", "Petersen"),
        ("Daniel", "Martin", "Daniel", "Martinez"), ("Ann", "Carter", "Anne", "Carter"),
        ("Sara", "Olsen", "Sarah", "Olson"), ("Michael", "Ross", "Michelle", "Ross")),
    group_digits=5,
    policy_prefix="441",
    policy_digits=7,
    employee_id="E{:04d}",
    bill_number="B-{group}-{year}-{month:02d}",
    payment_id="P-{:05d}",
)

ALT_STYLE = Style(
    products=ALT_PRODUCTS,
    states=("TX", "GA", "FL", "NC", "OH"),
    whole_life_states=("TX", "GA", "NC", "OH"),
    first_names=(
        "Alejandro", "Beatriz", "Carmen", "Darnell", "Esperanza", "Fatima", "Guillermo", "Hiroshi",
        "Imani", "Jamal", "Keisha", "Lamar", "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa",
        "Santiago", "Tamika", "Ulises", "Valentina", "Wei", "Ximena", "Yusuf", "Zoila", "Andre",
        "Brianna", "Cedric", "Dolores", "Efrain", "Graciela", "Hector", "Ines", "Javier", "Kiara",
        "Leticia", "Marisol", "Nestor", "Octavia", "Pedro", "Raquel", "Tyrone", "Yolanda", "DeShawn",
        "Latoya", "Rafael", "Sofia", "Terrell", "Ebony", "Arjun", "Ngozi", "Minh", "Thu", "Kwame",
        "Aaliyah", "Reginald", "Consuelo", "Maurice", "Jasmine"),
    last_names=(
        "Gonzalez", "Rodriguez", "Martinez", "Washington", "Jefferson", "Patel", "Kim", "Chen",
        "Okafor", "Diaz", "Castillo", "Vasquez", "Moreno", "Romero", "Alvarez", "Mendoza", "Guzman",
        "Delgado", "Herrera", "Medina", "Aguilar", "Vega", "Cruz", "Reyes", "Flores", "Banks",
        "Freeman", "Holloway", "Dawson", "Singh", "Shah", "Park", "Huang", "Le", "Pham", "Boateng",
        "Mensah", "Ruiz", "Salazar", "Estrada", "Pruitt", "Whitfield", "Gaines", "McCray", "Dupree",
        "Fontenot", "Broussard", "Thibodeaux", "Abernathy", "Caldwell"),
    company_names=(
        "Gulf Coast Marine Services", "Peachtree Staffing Group", "Piedmont Textile Works",
        "Lone Star Freightways", "Magnolia Senior Living", "Buckeye Precision Castings",
        "Tar Heel Hardware", "Suncoast Pediatrics", "Hill Country Veterinary", "Savannah Port Cold Storage",
        "Cuyahoga Print & Mail", "Everglades Landscaping", "Blue Ridge Furniture Makers",
        "Panhandle Oil Field Supply"),
    company_suffixes=("Group", "Industries", "Associates", "Company"),
    near_duplicates=(
        ("Maria", "Gonzalez", "Maria", "Gonzales"), ("Marcus", "Reid", "Markus", "Reed"),
        ("Ana", "Castro", "Anna", "Castro"), ("Luis", "Ortega", "Luis", "Ortegon"),
        ("Kendra", "Lyons", "Kendra", "Lyon")),
    group_digits=6,
    policy_prefix="73",
    policy_digits=8,
    employee_id="W-{:05d}",
    bill_number="INV{group}{year}{month:02d}",
    payment_id="RCPT-{:06d}",
)

STYLES = {"demo": DEMO_STYLE, "alt": ALT_STYLE}


# --------------------------------------------------------------------------- dates

def first_of_month(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, months: int) -> date:
    """The same day `months` later (clamped to the month's last day)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def years_before(d: date, years: int) -> date:
    return add_months(d, -12 * years)


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


# --------------------------------------------------------------------------- working records

@dataclass(slots=True)
class Person:
    """An employee being generated (becomes the feed's employee object)."""
    employee_id: str
    first_name: str
    last_name: str
    dob: date
    state: str
    hire_date: date
    payroll_id: str | None
    tobacco: bool
    spouse: dict | None
    children: list[dict]
    status: str = "active"
    termination_date: date | None = None
    policies: list["Coverage"] = field(default_factory=list)
    in_scenario: bool = False        # already carries a scenario; others leave it alone


@dataclass(slots=True)
class Coverage:
    """A policy being generated, with what billing needs to know beyond the feed fields."""
    record: dict                     # the feed's policy object (dates still as date)
    plan: ProductPlan
    product: dict                    # the feed's product object (for handlers.rules)
    age: int
    bill_from: date                  # first bill period that carries it
    bill_until: date | None = None   # last bill period that carries it
    tobacco_until: date | None = None   # periods before this were billed at the tobacco rate
    monthly: Decimal = Decimal(0)
    monthly_tobacco: Decimal | None = None

    def monthly_for(self, period: date) -> Decimal:
        if self.tobacco_until and period < self.tobacco_until:
            return self.monthly_tobacco
        return self.monthly

    def billed_in(self, period: date) -> bool:
        return self.bill_from <= period and (self.bill_until is None or period <= self.bill_until)


@dataclass(frozen=True)
class Scenario:
    name: str
    group_number: str
    what: str
    employee_id: str | None = None
    policy_number: str | None = None
    details: dict | None = None

    def as_json(self) -> dict:
        return {"scenario": self.name, "group_number": self.group_number,
                "employee_id": self.employee_id, "policy_number": self.policy_number,
                "what": self.what, "details": self.details or {}}


# --------------------------------------------------------------------------- the generator

class FeedGenerator:
    """One feed: call `header()` then iterate `groups()`; `scenarios` fills as groups are made."""

    def __init__(self, *, seed: int, groups: int, as_of: date, style: str = "demo",
                 employees: int | None = None, policies: int | None = None):
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r} (use one of: {', '.join(STYLES)})")
        if groups < 1 or (employees or policies or 0) < groups:
            raise ValueError("need at least one group and at least one employee (or policy) per group")
        self.rng = random.Random(seed)
        self.style = STYLES[style]
        self.as_of = as_of
        self.group_count = groups
        self.by_policies = policies is not None
        self.sizes = self._split(policies if self.by_policies else employees, groups)
        self.book = RuleBook()
        self.products = [self._product(plan) for plan in self.style.products]
        self.product_by_code = {p["code"]: p for p in self.products}
        self.group_numbers = self._group_numbers(groups)
        self.next_policy = 10 ** (self.style.policy_digits - 1) + self.rng.randrange(10 ** 6)
        self.next_payment = 10_000 + self.rng.randrange(10_000)
        self.next_check = 1000 + self.rng.randrange(8000)
        self.scenarios: list[Scenario] = []
        # The year of bills ends with the bill for the as-of month.
        self.last_period = first_of_month(as_of)
        self.first_period = add_months(self.last_period, -(BILL_MONTHS - 1))

    # -- feed-level pieces

    def header(self) -> dict:
        return {"as_of": self.as_of, "products": self.products}

    def groups(self) -> Iterator[dict]:
        for index in range(self.group_count):
            yield _json_ready(self._group(index))

    def _split(self, total: int, parts: int) -> list[int]:
        """Uneven but deterministic group sizes summing to `total` (largest remainder)."""
        weights = [self.rng.uniform(0.4, 1.8) for _ in range(parts)]
        shares = [total * w / sum(weights) for w in weights]
        sizes = [max(1, int(s)) for s in shares]
        order = sorted(range(parts), key=lambda i: shares[i] - int(shares[i]), reverse=True)
        for i in order[: max(0, total - sum(sizes))]:
            sizes[i] += 1
        return sizes

    def _group_numbers(self, count: int) -> list[str]:
        low, high = 10 ** (self.style.group_digits - 1) * 2, 10 ** self.style.group_digits - 1
        numbers = self.rng.sample(range(low, high), count)
        return [f"G{n}" for n in numbers]

    def _product(self, plan: ProductPlan) -> dict:
        product: dict[str, Any] = {"code": plan.code, "name": plan.name, "line": plan.line,
                                   "rate_basis": plan.rate_basis}
        if plan.unit:
            product["unit"] = plan.unit
        product["refund_method"] = "pro_rata" if plan.is_life else "whole_month"
        product["max_retro_days"] = 60
        product["rates"] = [self._rate(plan, key, tobacco, monthly)
                            for key, nt, t in plan.rates for tobacco, monthly in ((False, nt), (True, t))]
        if plan.rate_basis == "tier":
            product["child_max_age"] = 26
            product["spouse_max_age"] = 70
        else:
            product["guaranteed_issue"] = Decimal(plan.guaranteed_issue)
            product["max_benefit"] = Decimal(plan.max_benefit)
        if plan.line == "whole_life":
            product["loan_interest_rate"] = Decimal("0.08")
            product["max_loan_ratio"] = Decimal("0.90")
        product["states"] = list(self.style.whole_life_states if plan.line == "whole_life"
                                 else self.style.states)
        return product

    @staticmethod
    def _rate(plan: ProductPlan, key: Any, tobacco: bool, monthly: str) -> dict:
        if plan.rate_basis == "tier":
            return {"tier": key, "tobacco": tobacco, "monthly": Decimal(monthly)}
        return {"age_min": key[0], "age_max": key[1], "tobacco": tobacco, "monthly": Decimal(monthly)}

    # -- one group

    def _group(self, index: int) -> dict:
        rng, style = self.rng, self.style
        number = self.group_numbers[index]
        state = style.states[index % len(style.states)]
        mode = MODE_CYCLE[index % len(MODE_CYCLE)]
        name = self._company_name(index)
        effective = date(rng.randint(2017, 2024), rng.choice((1, 1, 1, 4, 7, 10)), 1)
        effective = min(effective, add_months(self.first_period, -1))
        group = {
            "group_number": number, "name": name, "state": state, "billing_mode": mode,
            "section_125": index == 0 or rng.random() < 0.8, "status": "active",
            "effective_date": effective, "bill_day": rng.choice((1, 1, 5, 10, 15, 20)),
            "grace_days": GRACE_DAYS,
        }
        offered = self._offered_plans(index, state)
        people = self._people(index, group, offered)
        self._name_near_duplicates(index, people)
        self._apply_enrollment_scenarios(index, group, people)
        bills = self._bills(group, people)
        payments, paid_through = self._payments(index, group, bills)
        group["paid_to_date"] = paid_through
        self._set_paid_to_dates(people, paid_through)
        group["contacts"] = self._contacts(name)
        group["employees"] = [self._employee_record(p) for p in people]
        group["bills"] = bills
        group["payments"] = payments
        return group

    def _company_name(self, index: int) -> str:
        names = self.style.company_names
        if index < len(names):
            return names[index]
        base = names[index % len(names)]
        suffix = self.style.company_suffixes[(index // len(names) - 1) % len(self.style.company_suffixes)]
        return f"{base} {suffix} {index // len(names) + 1}"

    def _offered_plans(self, index: int, state: str) -> list[ProductPlan]:
        """Group 0 offers all six lines (the scenarios need them); others a random 4-6."""
        available = [p for p in self.style.products
                     if p.line != "whole_life" or state in self.style.whole_life_states]
        if index == 0:
            return available
        count = self.rng.randint(min(4, len(available)), len(available))
        chosen = set(self.rng.sample(range(len(available)), count))
        return [p for i, p in enumerate(available) if i in chosen]

    def _contacts(self, company: str) -> list[dict]:
        domain = "".join(ch for ch in company.lower().split()[0] + company.lower().split()[1]
                         if ch.isalnum()) + ".example"
        contacts = []
        for role in ("billing_admin", "hr"):
            first, last = self.rng.choice(self.style.first_names), self.rng.choice(self.style.last_names)
            contacts.append({"name": f"{first} {last}", "email": f"{first[0].lower()}{last.lower()}@{domain}",
                             "role": role})
        return contacts

    # -- employees and their policies

    def _people(self, index: int, group: dict, offered: list[ProductPlan]) -> list[Person]:
        people: list[Person] = []
        target, policies = self.sizes[index], 0
        while (policies if self.by_policies else len(people)) < target:
            person = self._person(group, len(people) + 1)
            self._elect(person, group, offered)
            if self.by_policies:
                del person.policies[target - policies:]   # the last person may take fewer
                policies += len(person.policies)
            people.append(person)
        self._terminate_some(people)
        return people

    def _person(self, group: dict, sequence: int) -> Person:
        rng, style = self.rng, self.style
        age = int(rng.triangular(20, 64, 38))
        dob = self.as_of - timedelta(days=age * 365 + rng.randrange(365))
        earliest_hire = max(years_before(dob, -19), date(1998, 1, 1))
        latest_hire = self.as_of - timedelta(days=75)
        hire = earliest_hire + timedelta(days=rng.randrange(max(1, (latest_hire - earliest_hire).days)))
        last = rng.choice(style.last_names)
        state = group["state"] if rng.random() < 0.92 else rng.choice(style.states)
        return Person(
            employee_id=style.employee_id.format(1000 + sequence),
            first_name=rng.choice(style.first_names), last_name=last, dob=dob, state=state,
            hire_date=hire, payroll_id=f"PR{rng.randrange(10**6):06d}" if rng.random() < 0.7 else None,
            tobacco=rng.random() < 0.15, spouse=self._spouse(age, last), children=self._children(age, last))

    def _spouse(self, age: int, last: str) -> dict | None:
        if self.rng.random() > 0.55:
            return None
        spouse_age = max(19, min(68, age + self.rng.randint(-5, 5)))
        relation = "domestic_partner" if self.rng.random() < 0.06 else "spouse"
        last_name = last if relation == "spouse" else self.rng.choice(self.style.last_names)
        return {"name": f"{self.rng.choice(self.style.first_names)} {last_name}", "relation": relation,
                "dob": self.as_of - timedelta(days=spouse_age * 365 + self.rng.randrange(365))}

    def _children(self, age: int, last: str) -> list[dict]:
        if age < 24 or self.rng.random() > 0.5:
            return []
        children = []
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            child_age = self.rng.randint(0, min(25, age - 20))
            children.append({"name": f"{self.rng.choice(self.style.first_names)} {last}", "relation": "child",
                             "dob": self.as_of - timedelta(days=child_age * 365 + self.rng.randrange(1, 360))})
        return sorted(children, key=lambda c: c["dob"])

    def _elect(self, person: Person, group: dict, offered: list[ProductPlan]) -> None:
        elected = [plan for plan in offered if self.rng.random() < plan.take_rate]
        if not elected:
            elected = [max(offered, key=lambda p: p.take_rate)]
        start = max(group["effective_date"], first_of_month(add_months(person.hire_date, 1)))
        for plan in elected:
            issue = self._issue_date(start)
            person.policies.append(self._coverage(person, plan, issue))

    def _issue_date(self, start: date) -> date:
        """At first eligibility, or at a later annual enrollment (January 1)."""
        if start.year < self.as_of.year and self.rng.random() < 0.3:
            return date(self.rng.randint(start.year + 1, self.as_of.year), 1, 1)
        return start

    def _coverage(self, person: Person, plan: ProductPlan, issue: date) -> Coverage:
        product = self.product_by_code[plan.code]
        record: dict[str, Any] = {"policy_number": self._policy_number(), "product": plan.code}
        age = issue_age(person.dob, issue)
        if plan.rate_basis == "tier":
            record["tier"], record["dependents"] = self._tier(person)
        else:
            record["benefit"] = self._benefit(plan)
        record.update({"tobacco": person.tobacco, "issue_date": issue, "status": "active"})
        riders = [{"code": code, "monthly": Decimal(monthly)} for code, monthly, take in plan.riders
                  if self.rng.random() < take]
        if riders:
            record["riders"] = riders
        coverage = Coverage(record=record, plan=plan, product=product, age=age, bill_from=issue)
        coverage.monthly = self._monthly(coverage, person.tobacco)
        if plan.line == "whole_life":
            self._cash_value(coverage)
        return coverage

    def _policy_number(self) -> str:
        self.next_policy += self.rng.randint(1, 9)
        return f"{self.style.policy_prefix}{self.next_policy:0{self.style.policy_digits}d}"

    def _tier(self, person: Person) -> tuple[str, list[dict]]:
        """Most families cover everyone they have; some only the employee."""
        if self.rng.random() < 0.25:
            return "employee", []
        dependents = ([person.spouse] if person.spouse else []) + person.children
        if person.spouse and person.children:
            return "family", dependents
        if person.spouse:
            return "employee_spouse", dependents
        if person.children:
            return "employee_children", dependents
        return "employee", []

    def _benefit(self, plan: ProductPlan) -> Decimal:
        # Earlier choices are more common; a few amounts above guaranteed issue were underwritten.
        weights = [len(plan.benefits) - i for i in range(len(plan.benefits))]
        return Decimal(self.rng.choices(plan.benefits, weights)[0])

    def _monthly(self, coverage: Coverage, tobacco: bool) -> Decimal:
        record = coverage.record
        return monthly_premium(coverage.product, tier=record.get("tier"), tobacco=tobacco, age=coverage.age,
                               benefit=record.get("benefit"), riders=record.get("riders", ()))

    def _cash_value(self, coverage: Coverage) -> None:
        """Cash value builds slowly (about 40% of premiums paid); some owners borrowed."""
        months = max(0, (self.as_of - coverage.record["issue_date"]).days // 30)
        value = money(coverage.monthly * months * Decimal(str(round(self.rng.uniform(0.3, 0.5), 2))))
        coverage.record["cash_value"] = value
        if value > 200 and self.rng.random() < 0.25:
            coverage.record["loan_balance"] = money(value * Decimal(str(round(self.rng.uniform(0.1, 0.7), 2))))

    def _terminate_some(self, people: list[Person]) -> None:
        """About 3% left during the year and their coverage ended properly at month end."""
        for person in people[6:]:
            if self.rng.random() < 0.03:
                left = self.first_period + timedelta(days=self.rng.randrange(300))
                if left <= person.hire_date or any(c.record["issue_date"] > left for c in person.policies):
                    continue
                person.status, person.termination_date = "terminated", left
                for coverage in person.policies:
                    coverage.record.update(status="terminated", termination_date=month_end(left))
                    coverage.bill_until = first_of_month(left)

    # -- scenarios that change enrollment (before bills are cut)

    def _name_near_duplicates(self, index: int, people: list[Person]) -> None:
        pairs = self.style.near_duplicates
        first, last, first2, last2 = pairs[index % len(pairs)]
        if len(people) < 2:
            return
        for person, (f, l) in zip(people[:2], ((first, last), (first2, last2))):
            self._rename(person, f, l)
        self._add(Scenario("near_duplicate_names", self.group_numbers[index],
                           f"'{first} {last}' and '{first2} {last2}' are both insured in this group; "
                           "a question naming one should be asked back ('Do you mean ...?')",
                           people[0].employee_id,
                           details={"employee_ids": [people[0].employee_id, people[1].employee_id],
                                    "names": [f"{first} {last}", f"{first2} {last2}"]}))

    @staticmethod
    def _rename(person: Person, first: str, last: str) -> None:
        old_last = person.last_name
        person.first_name, person.last_name = first, last
        for dependent in ([person.spouse] if person.spouse else []) + person.children:
            given, _, family = dependent["name"].rpartition(" ")
            if family == old_last:
                dependent["name"] = f"{given} {last}"

    def _roles(self, index: int) -> set[int]:
        """Scenario roles 0-4 live in groups 0-4; with fewer groups they share."""
        return {role for role in range(5) if role % self.group_count == index}

    def _apply_enrollment_scenarios(self, index: int, group: dict, people: list[Person]) -> None:
        roles = self._roles(index)
        if len(people) < 12:
            return  # too small to host scenarios without them overlapping
        pool = people[2:]   # the first two carry the near-duplicate names
        if 0 in roles:
            self._tobacco_change(group, pool)
            self._whole_life_loans(group, pool)
            self._dependent_aging_out(group, pool)
        if 1 in roles:
            self._new_hire(group, pool)
        if 3 in roles:
            self._terminated_still_billed(group, pool)
        if 4 in roles:
            self._lapses(group, pool)

    def _pick(self, pool: list[Person], want, person_ok=lambda p: True) -> tuple[Person, Coverage] | None:
        """The first untouched person (in order, so it is deterministic) with a matching policy."""
        for person in pool:
            if person.status != "active" or person.in_scenario or not person_ok(person):
                continue
            for coverage in person.policies:
                if want(coverage) and coverage.record["status"] == "active":
                    return person, coverage
        return None

    def _tobacco_change(self, group: dict, pool: list[Person]) -> None:
        quit_from = add_months(self.last_period, -3)
        found = self._pick(pool, lambda c: c.plan.rate_basis == "per_unit"
                           and c.record["issue_date"] < add_months(self.first_period, -1))
        if not found:
            return
        person, coverage = found
        person.tobacco = False
        for other in person.policies:
            other.record["tobacco"] = False
            other.monthly_tobacco = self._monthly(other, True)
            other.monthly = self._monthly(other, False)
            other.tobacco_until = quit_from
        self._mark(person)
        self._add(Scenario(
            "tobacco_change", group["group_number"],
            f"now non-tobacco from {quit_from}; bills before that charged the tobacco rate "
            f"{coverage.monthly_tobacco}, from then {coverage.monthly}", person.employee_id,
            coverage.record["policy_number"],
            {"effective_date": quit_from.isoformat(), "old_monthly": str(coverage.monthly_tobacco),
             "new_monthly": str(coverage.monthly)}))

    def _whole_life_loans(self, group: dict, pool: list[Person]) -> None:
        found = self._pick(pool, lambda c: c.plan.line == "whole_life" and "loan_balance" in c.record)
        if not found:
            found = self._pick(pool, lambda c: c.plan.line == "whole_life" and c.record["cash_value"] > 500)
            if not found:
                return
            found[1].record["loan_balance"] = money(found[1].record["cash_value"] * Decimal("0.35"))
        person, coverage = found
        self._mark(person)
        self._add(Scenario("whole_life_loan", group["group_number"],
                           f"whole life with cash value {coverage.record['cash_value']} and an outstanding "
                           f"loan of {coverage.record['loan_balance']}", person.employee_id,
                           coverage.record["policy_number"]))
        plain = self._pick(pool, lambda c: c.plan.line == "whole_life" and "loan_balance" not in c.record
                           and c.record["cash_value"] > 0)
        if plain:
            self._mark(plain[0])
            self._add(Scenario("whole_life_cash_value", group["group_number"],
                               f"whole life with cash value {plain[1].record['cash_value']} and no loan",
                               plain[0].employee_id, plain[1].record["policy_number"]))

    def _dependent_aging_out(self, group: dict, pool: list[Person]) -> None:
        """A covered child turns 26 (child_max_age) the month after the as-of date."""
        found = self._pick(pool, lambda c: c.record.get("tier") in ("employee_children", "family"),
                           lambda p: issue_age(p.dob, self.as_of) >= 48)
        if not found:
            return
        person, coverage = found
        child = person.children[-1]
        birthday = add_months(self.as_of, 1).replace(day=12)
        child["dob"] = years_before(birthday, 26)
        self._mark(person)
        self._add(Scenario("dependent_aging_out", group["group_number"],
                           f"child {child['name']} turns 26 on {birthday}", person.employee_id,
                           coverage.record["policy_number"], {"dependent": child["name"]}))

    def _new_hire(self, group: dict, pool: list[Person]) -> None:
        """Enrolled after the last bill was cut: covered from the as-of month, on no bill yet."""
        person = next((p for p in reversed(pool) if p.status == "active" and not p.in_scenario), None)
        if person is None:
            return
        issue = self.last_period if self.as_of.day == 1 else add_months(self.last_period, 1)
        person.hire_date = add_months(issue, -1).replace(day=6)
        for coverage in person.policies:
            coverage.record["issue_date"] = issue
            coverage.age = issue_age(person.dob, issue)
            coverage.monthly = self._monthly(coverage, person.tobacco)
            coverage.bill_from = add_months(self.last_period, 1)   # first on next month's bill
            if coverage.plan.line == "whole_life":
                coverage.record["cash_value"] = Decimal("0.00")
                coverage.record.pop("loan_balance", None)
        self._mark(person)
        self._add(Scenario("new_hire_not_billed", group["group_number"],
                           f"hired {person.hire_date}, coverage issued {issue}, enrolled after the "
                           f"{self.last_period:%B %Y} bill was cut, so not on any bill yet",
                           person.employee_id, person.policies[0].record["policy_number"],
                           {"policy_numbers": [c.record["policy_number"] for c in person.policies]}))

    def _terminated_still_billed(self, group: dict, pool: list[Person]) -> None:
        """Left employment, but the employer never told the insurer: still on every bill."""
        found = self._pick(pool, lambda c: c.record["issue_date"] < self.first_period)
        if not found:
            return
        person, coverage = found
        person.status = "terminated"
        person.termination_date = add_months(self.last_period, -4).replace(day=15)
        self._mark(person)
        self._add(Scenario("terminated_still_billed", group["group_number"],
                           f"employment ended {person.termination_date} but the policies are still active "
                           "and on every later bill (refund / reconciliation question)",
                           person.employee_id, coverage.record["policy_number"],
                           {"policy_numbers": [c.record["policy_number"] for c in person.policies]}))

    def _lapses(self, group: dict, pool: list[Person]) -> None:
        """Individual lapses: recent (back premium only), older A&H (new application), life."""
        cases = (
            # paid to the first of a month 32-62 days back, so the lapse (grace later) is 1-31 days ago
            ("lapsed_recent", lambda c: c.plan.line in A_AND_H,
             first_of_month(self.as_of - timedelta(days=GRACE_DAYS + 1)),
             "lapsed within the last 31 days: reinstatement with back premium only"),
            ("lapsed_past_window", lambda c: c.plan.line in A_AND_H, add_months(self.last_period, -8),
             "accident & health lapsed more than 6 months ago: beyond the reinstatement window"),
            ("lapsed_life", lambda c: c.plan.is_life, add_months(self.last_period, -9),
             "life policy lapsed within 3 years: reinstatement needs an application"),
        )
        for name, want, paid_to, what in cases:
            found = self._pick(pool, lambda c: want(c) and c.record["issue_date"] < add_months(paid_to, -2))
            if not found:
                continue
            person, coverage = found
            lapse = paid_to + timedelta(days=GRACE_DAYS)
            coverage.record.update(status="lapsed", termination_date=lapse, paid_to_date=paid_to)
            coverage.bill_until = add_months(paid_to, -1)
            person.status = "leave"
            self._mark(person)
            self._add(Scenario(name, group["group_number"], f"{what} (paid to {paid_to}, lapsed {lapse})",
                               person.employee_id, coverage.record["policy_number"]))

    @staticmethod
    def _mark(person: Person) -> None:
        person.in_scenario = True

    def _add(self, scenario: Scenario) -> None:
        self.scenarios.append(scenario)

    # -- bills and payments

    def _periods(self, group: dict) -> list[date]:
        months = self.book.direct_bill_months(group["billing_mode"]) or 1
        start = max(self.first_period, group["effective_date"])
        periods, period = [], group["effective_date"]
        while period <= self.last_period:
            if period >= start:
                periods.append(period)
            period = add_months(period, months)
        return periods

    def _bills(self, group: dict, people: list[Person]) -> list[dict]:
        mode = group["billing_mode"]
        direct = self.book.direct_bill_months(mode)
        bills = []
        for period in self._periods(group):
            lines = []
            for person in people:
                for coverage in person.policies:
                    if coverage.billed_in(period):
                        monthly = coverage.monthly_for(period)
                        amount = per_pay(monthly, mode, self.book) if direct else monthly
                        lines.append({"policy_number": coverage.record["policy_number"], "amount": amount})
            due = period.replace(day=min(group["bill_day"], calendar.monthrange(period.year, period.month)[1]))
            bills.append({"bill_number": self.style.bill_number.format(
                              group=group["group_number"], year=period.year, month=period.month),
                          "period": period, "due_date": due, "lines": lines,
                          "total": sum((line["amount"] for line in lines), Decimal("0.00"))})
        return bills

    def _payments(self, index: int, group: dict, bills: list[dict]) -> tuple[list[dict], date]:
        """One remittance per bill, on time, by the group's usual method; scenarios vary it.
        Returns the payments and the date premium is paid to."""
        rng = self.rng
        roles = self._roles(index) if len(bills) >= 8 else set()
        method = ("ach", "check", "ach", "wire", "check")[index % 5]
        unpaid_from = len(bills) - 3 if 2 in roles else len(bills)
        special = {len(bills) - back: kind for role, back, kind in
                   ((1, 4, "late"), (3, 5, "suspense"), (4, 6, "duplicate")) if role in roles}
        payments, paid_through = [], group["effective_date"]
        for position, bill in enumerate(bills[:unpaid_from]):
            kind = special.get(position, "normal")
            received = bill["due_date"] + timedelta(days=rng.randint(12, 20) if kind == "late" else -rng.randint(0, 6))
            if received > self.as_of:
                break
            payment = self._payment(method, received, bill["total"])
            payments.append(payment)
            if kind != "normal":
                payments.extend(self._scenario_payment(kind, group, bill, payment))
            months = self.book.direct_bill_months(group["billing_mode"]) or 1
            paid_through = add_months(bill["period"], months)
        if unpaid_from < len(bills):
            self._delinquency(group, bills[unpaid_from], paid_through)
        return payments, paid_through

    def _payment(self, method: str, received: date, amount: Decimal) -> dict:
        self.next_payment += 1
        return {"payment_id": self.style.payment_id.format(self.next_payment), "received": received,
                "amount": amount, "method": method, "reference": self._reference(method),
                "applied": amount, "suspense": Decimal("0.00")}

    def _reference(self, method: str) -> str:
        if method == "check":
            self.next_check += 1
            return str(self.next_check)
        if method == "ach":
            return f"ACH{self.rng.randrange(10**14, 10**15)}"
        return f"FW{self.rng.randrange(10**9, 10**10)}"

    def _scenario_payment(self, kind: str, group: dict, bill: dict, payment: dict) -> list[dict]:
        number = group["group_number"]
        if kind == "late":
            grace_end = bill["due_date"] + timedelta(days=group["grace_days"])
            self._add(Scenario("late_payment", number,
                               f"{bill['bill_number']} due {bill['due_date']} was paid {payment['received']}, "
                               f"late but within the grace period (ends {grace_end})",
                               details={"bill_number": bill["bill_number"], "payment_id": payment["payment_id"]}))
            return []
        if kind == "suspense":
            extra = money(Decimal(self.rng.randint(4000, 15000)) / 100)
            payment["amount"] = payment["amount"] + extra
            payment["suspense"] = extra
            self._add(Scenario("suspense", number,
                               f"payment {payment['payment_id']} of {payment['amount']} for {bill['bill_number']} "
                               f"(total {bill['total']}): {extra} did not match and sits in suspense",
                               details={"bill_number": bill["bill_number"], "payment_id": payment["payment_id"],
                                        "suspense": str(extra)}))
            return []
        # duplicate: the same remittance sent twice; the copy is held in suspense for refund
        copy = dict(payment, received=payment["received"] + timedelta(days=2), applied=Decimal("0.00"),
                    suspense=payment["amount"])
        self.next_payment += 1
        copy["payment_id"] = self.style.payment_id.format(self.next_payment)
        self._add(Scenario("duplicate_payment", number,
                           f"{bill['bill_number']} was paid twice ({payment['payment_id']} and "
                           f"{copy['payment_id']}, same amount {payment['amount']} and reference "
                           f"{payment['reference']}); the second is in suspense and refundable",
                           details={"bill_number": bill["bill_number"],
                                    "payment_ids": [payment["payment_id"], copy["payment_id"]]}))
        return [copy]

    def _delinquency(self, group: dict, oldest_unpaid: dict, paid_through: date) -> None:
        past_due = oldest_unpaid["due_date"] + timedelta(days=group["grace_days"])
        self._add(Scenario("delinquent_group", group["group_number"],
                           f"oldest unpaid bill {oldest_unpaid['bill_number']} was due {oldest_unpaid['due_date']}; "
                           f"grace ended {past_due}, so the group is past due (policies still 'active' in the feed)",
                           details={"bill_number": oldest_unpaid["bill_number"],
                                    "paid_to_date": paid_through.isoformat(),
                                    "past_due_since": past_due.isoformat()}))

    def _set_paid_to_dates(self, people: list[Person], paid_through: date) -> None:
        for person in people:
            for coverage in person.policies:
                record = coverage.record
                if record["status"] == "lapsed":
                    continue  # set by the lapse scenario
                paid = paid_through
                if record["status"] == "terminated":
                    paid = min(paid, add_months(coverage.bill_until, 1))
                if coverage.bill_from >= paid_through:
                    paid = record["issue_date"]   # on no paid bill yet: nothing paid
                record["paid_to_date"] = max(record["issue_date"], paid)

    # -- feed records

    @staticmethod
    def _employee_record(person: Person) -> dict:
        record: dict[str, Any] = {
            "employee_id": person.employee_id, "first_name": person.first_name,
            "last_name": person.last_name, "dob": person.dob, "state": person.state,
            "hire_date": person.hire_date, "status": person.status}
        if person.termination_date:
            record["termination_date"] = person.termination_date
        if person.payroll_id:
            record["payroll_id"] = person.payroll_id
        record["policies"] = [_ordered_policy(c.record) for c in person.policies]
        return record


def _ordered_policy(record: dict) -> dict:
    """The contract's field order, which keeps the JSON easy to read."""
    order = ("policy_number", "product", "tier", "benefit", "tobacco", "issue_date", "status",
             "paid_to_date", "termination_date", "cash_value", "loan_balance", "dependents", "riders")
    return {key: record[key] for key in order if key in record and record[key] not in (None, [])}


# --------------------------------------------------------------------------- JSON output

def _json_ready(value: Any) -> Any:
    """Dates become ISO strings; Decimals stay Decimal (written exactly by `write_feed`)."""
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _encode(value: Any, out: list[str], depth: int, pretty_depth: int) -> None:
    """JSON text with Decimals written as exact numbers ('24.10'), never through float.
    Containers above `pretty_depth` get one item per line; deeper ones stay on one line."""
    if isinstance(value, dict):
        items = [json.dumps(k) + ": " for k in value], list(value.values())
    elif isinstance(value, list):
        items = [""] * len(value), value
    elif isinstance(value, Decimal):
        out.append(format(value, "f"))
        return
    elif isinstance(value, date):
        out.append(json.dumps(value.isoformat()))
        return
    else:
        out.append(json.dumps(value))
        return
    opener, closer = ("{", "}") if isinstance(value, dict) else ("[", "]")
    if not value:
        out.append(opener + closer)
        return
    pretty = depth < pretty_depth
    separator = ",\n" + "  " * (depth + 1) if pretty else ", "
    out.append(opener + ("\n" + "  " * (depth + 1) if pretty else ""))
    for i, (prefix, item) in enumerate(zip(*items)):
        out.append((separator if i else "") + prefix)
        _encode(item, out, depth + 1, pretty_depth)
    out.append(("\n" + "  " * depth if pretty else "") + closer)


def encode_json(value: Any, pretty_depth: int = 4) -> str:
    out: list[str] = []
    _encode(value, out, 0, pretty_depth)
    return "".join(out)


def write_feed(header: dict, groups: Iterator[dict], fh: IO[str]) -> dict:
    """Writes a feed group by group (memory stays at one group); returns counts."""
    counts = {"groups": 0, "employees": 0, "policies": 0, "bill_lines": 0}
    head = encode_json(_json_ready(header), pretty_depth=3)
    fh.write(head[:-2] + ',\n  "groups": [')   # reopen the header object to append the groups
    for i, group in enumerate(groups):
        fh.write(("," if i else "") + "\n    ")
        # groups sit at depth 2 in the document; keep each employee, bill and payment on one line
        text = encode_json(group, pretty_depth=2)
        fh.write(text.replace("\n", "\n    "))
        counts["groups"] += 1
        counts["employees"] += len(group["employees"])
        counts["policies"] += sum(len(e["policies"]) for e in group["employees"])
        counts["bill_lines"] += sum(len(b["lines"]) for b in group["bills"])
    fh.write("\n  ]\n}\n")
    return counts


# --------------------------------------------------------------------------- public API

def generate_feed(*, seed: int, groups: int, employees: int | None = None, as_of: date,
                  style: str = "demo", policies: int | None = None) -> dict:
    """A whole feed as a JSON-ready dict (ISO date strings, Decimal amounts with cents).
    Size it by `employees`, or by `policies` (exact policy count)."""
    return generate_feed_and_scenarios(seed=seed, groups=groups, employees=employees, as_of=as_of,
                                       style=style, policies=policies)[0]


def generate_feed_and_scenarios(*, seed: int, groups: int, employees: int | None = None, as_of: date,
                                style: str = "demo", policies: int | None = None) -> tuple[dict, list[dict]]:
    generator = FeedGenerator(seed=seed, groups=groups, employees=employees, policies=policies,
                              as_of=as_of, style=style)
    feed = _json_ready(generator.header())
    feed["groups"] = list(generator.groups())
    return feed, [s.as_json() for s in generator.scenarios]


def feed_text(feed: dict) -> str:
    """The exact text `write_feed` produces for an in-memory feed."""
    from io import StringIO
    buffer = StringIO()
    header = {k: v for k, v in feed.items() if k != "groups"}
    write_feed(header, iter(feed["groups"]), buffer)
    return buffer.getvalue()


def scenarios_text(scenarios: list[dict]) -> str:
    return encode_json({"scenarios": scenarios}, pretty_depth=2) + "\n"


def regenerate_demo(data_dir: Path = DATA_DIR) -> None:
    """Rewrites the bundled demo feed and its scenario list."""
    feed, scenarios = generate_feed_and_scenarios(**DEMO)
    (data_dir / "demo_feed.json").write_text(feed_text(feed))
    (data_dir / "demo_scenarios.json").write_text(scenarios_text(scenarios))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.feedgen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEMO["seed"])
    parser.add_argument("--groups", type=int, default=DEMO["groups"])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--employees", type=int, help="number of employees (default 800)")
    size.add_argument("--policies", type=int, help="size by exact policy count instead")
    parser.add_argument("--as-of", type=date.fromisoformat, default=DEMO["as_of"], metavar="YYYY-MM-DD")
    parser.add_argument("--style", choices=sorted(STYLES), default="demo")
    parser.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    parser.add_argument("--scenarios", help="also write the scenario list to this file")
    parser.add_argument("--demo", action="store_true", help="regenerate bot/data/demo_*.json and exit")
    args = parser.parse_args(argv)
    if args.demo:
        regenerate_demo()
        return 0
    employees = args.employees if args.employees or args.policies else DEMO["employees"]
    started = time.perf_counter()
    generator = FeedGenerator(seed=args.seed, groups=args.groups, employees=employees, policies=args.policies,
                              as_of=args.as_of, style=args.style)
    if args.output == "-":
        counts = write_feed(generator.header(), generator.groups(), sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            counts = write_feed(generator.header(), generator.groups(), fh)
    if args.scenarios:
        Path(args.scenarios).write_text(scenarios_text([s.as_json() for s in generator.scenarios]))
    summary = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
    print(f"feedgen: {summary} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
