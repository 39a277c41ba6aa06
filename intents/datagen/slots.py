"""Slot values for the example generator: each slot yields (surface text, entity label, value).

Values are computed here, independently of intents/entities.py, so the entity evaluation
compares the extractor with an answer it did not produce. Relative dates are relative to the
corpus's reference day (config.cfg [corpus] today).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

Slot = tuple[str, str | None, str | None]  # surface, entity label (None: plain text), value

FIRST = ["Laura", "John", "Maria", "Kevin", "Priya", "Deshawn", "Olga", "Carlos", "Emily", "Tyler",
         "Fatima", "Greg", "Hannah", "Luis", "Megan", "Omar", "Rachel", "Steven", "Tanya", "Victor",
         "Yuki", "Brenda", "Derek", "Jessica", "Marisol", "Nathan", "Sofia", "Travis", "Wendy", "Aaron",
         "Ngozi", "Kwame", "Xiomara", "Bjorn"]
LAST = ["King", "Petersen", "Alvarez", "Nguyen", "Okafor", "Schmidt", "Kowalski", "Brooks", "Patel",
        "Hernandez", "Johansson", "Whitaker", "Castillo", "Baptiste", "Lindqvist", "Moreau", "Tran",
        "Delgado", "Fitzgerald", "Yamamoto", "Reyes", "Abernathy", "Sorensen", "Mbeki", "Carter",
        "Gallagher", "Novak", "Singh", "Ostrowski", "Bergstrom"]
CONTACTS = ["Dana Ortiz", "Mike Johnson", "Karen Holt", "Angela Ruiz", "Paul Becker", "Jennifer Lowe",
            "Robin Ellis", "Stephanie Marsh", "Chris Dunn", "Linda Paulsen", "Tom Hadley", "Shawn Keller"]
TITLES = ["HR Manager", "Payroll Specialist", "Benefits Coordinator", "Office Manager",
          "Controller", "HR Generalist", "Accounting Clerk", "Owner", "Benefits Administrator"]
COMPANIES = ["Prairie Mill Supply", "Bluestem Logistics", "Cedar Ridge Dental", "Platte Valley Foods",
             "Northgate Tooling", "Sandhills Auto Parts", "Riverbend Senior Living", "Heartland Print Co",
             "Lakeshore Plumbing", "Three Rivers Clinic", "Summit Roofing", "Oak Hollow Schools"]

MODES = {
    "monthly": ["monthly", "once a month", "12 pay periods"],
    "semimonthly": ["semi-monthly", "semimonthly", "twice a month", "24 pay periods", "semi monthly"],
    "biweekly": ["biweekly", "bi-weekly", "bi wkly", "every two weeks", "every other week", "26 pay periods", "biwkly"],
    "weekly": ["weekly", "every week", "52 pay periods"],
    "quarterly": ["quarterly", "every three months"],
    "semiannual": ["semi-annual", "semiannual", "twice a year"],
    "annual": ["annual", "annually", "once a year"],
}
RELATIONS = {
    "spouse": ["spouse", "wife", "husband"],
    "child": ["child", "son", "daughter", "newborn", "stepson", "stepdaughter", "baby", "kids"],
    "domestic_partner": ["domestic partner"],
}
PRODUCTS = {
    "accident": ["accident", "Accident", "accident policy", "ACC"],
    "critical_illness": ["critical illness", "CI", "Critical Illness", "crit illness"],
    "disability_income": ["disability", "DI", "disability income", "short term disability"],
    "hospital_indemnity": ["hospital indemnity", "HI", "Hospital Indemnity"],
    "term_life": ["term life", "Term Life"],
    "whole_life": ["whole life", "Whole Life", "WL"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class SlotFiller:
    """Draws slot values from a seeded random generator."""

    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today

    def fill(self, slot: str) -> Slot:
        return getattr(self, slot)()

    # -- entities
    def person(self) -> Slot:
        r = self.rng
        name = r.choice(FIRST) + " " + r.choice(LAST) if r.random() < 0.8 else r.choice(FIRST)
        return name, "PERSON", name

    def contact(self) -> Slot:
        name = self.rng.choice(CONTACTS)
        if self.rng.random() < 0.4:
            name = name.split()[0]
        return name, "PERSON", name

    def policy(self) -> Slot:
        digits = str(self.rng.randint(10 ** 9, 10 ** 10 - 1))
        return digits, "POLICY_NUMBER", digits

    def group(self) -> Slot:
        number = "G" + str(self.rng.randint(1000, 999999))
        return number, "GROUP_NUMBER", number

    def money(self) -> Slot:
        r = self.rng
        cents = r.choice([True, True, False])
        amount = round(r.uniform(5, 6000), 2) if cents else r.randint(10, 5000)
        style = r.randrange(4)
        if cents:
            text = f"${amount:,.2f}" if style < 3 else f"{amount:.2f} dollars"
            return text, "MONEY", f"{amount:.2f}"
        if style == 0:
            return f"{amount} dollars", "MONEY", str(amount)
        if style == 1:
            return f"${amount:,}.00", "MONEY", f"{amount}.00"
        return f"${amount:,}", "MONEY", str(amount)

    def benefit(self) -> Slot:
        r = self.rng
        thousands = r.choice([5, 10, 20, 25, 50, 100, 150])
        if r.random() < 0.4:
            return f"{thousands}k", "MONEY", str(thousands * 1000)
        return f"${thousands * 1000:,}", "MONEY", str(thousands * 1000)

    def mode(self) -> Slot:
        canonical = self.rng.choice(list(MODES))
        return self.rng.choice(MODES[canonical]), "BILLING_MODE", canonical

    def payroll_mode(self) -> Slot:
        canonical = self.rng.choice(["monthly", "semimonthly", "biweekly", "weekly"])
        return self.rng.choice(MODES[canonical]), "BILLING_MODE", canonical

    def relation(self) -> Slot:
        canonical = self.rng.choices(list(RELATIONS), weights=[5, 6, 1])[0]
        return self.rng.choice(RELATIONS[canonical]), "RELATION", canonical

    def child(self) -> Slot:
        return self.rng.choice(RELATIONS["child"]), "RELATION", "child"

    def spouse(self) -> Slot:
        return self.rng.choice(RELATIONS["spouse"]), "RELATION", "spouse"

    def product(self) -> Slot:
        line = self.rng.choice(list(PRODUCTS))
        return self.rng.choice(PRODUCTS[line]), "PRODUCT", line

    def life_product(self) -> Slot:
        line = self.rng.choice(["whole_life", "term_life"])
        return self.rng.choice(PRODUCTS[line]), "PRODUCT", line

    def date(self) -> Slot:
        r, today = self.rng, self.today
        day = today + timedelta(days=r.randint(-200, 150))
        style = r.randrange(10)
        if style == 0:
            return f"{day.month}/{day.day}", "DATE", day.replace(year=today.year).isoformat()
        if style == 1:
            return f"{day.month}/{day.day}/{day.year}", "DATE", day.isoformat()
        if style == 2:
            return f"{MONTHS[day.month - 1]} {_ordinal(day.day)}", "DATE", day.replace(year=today.year).isoformat()
        if style == 3:
            return f"{MONTHS[day.month - 1]} {day.day}, {day.year}", "DATE", day.isoformat()
        if style == 4:
            return day.isoformat(), "DATE", day.isoformat()
        if style == 5:
            return f"{MONTHS[day.month - 1][:3]} {day.day}", "DATE", day.replace(year=today.year).isoformat()
        if style == 6:
            return "end of this month", "DATE", (today + relativedelta(day=31)).isoformat()
        if style == 7:
            return "the first of next month", "DATE", (today + relativedelta(months=1, day=1)).isoformat()
        if style == 8:
            return "yesterday", "DATE", (today - timedelta(days=1)).isoformat()
        return f"{MONTHS[day.month - 1]} {day.year}", "DATE", day.replace(day=1).isoformat()

    def month(self) -> Slot:
        m = self.rng.randint(1, 12)
        return MONTHS[m - 1], "DATE", date(self.today.year, m, 1).isoformat()

    # -- plain words
    def emp(self) -> Slot:
        r = self.rng
        number = r.randint(100, 99999)
        return r.choice([f"emp #{number}", f"employee ID {number}", f"EE# {number}", f"payroll ID {number}"]), None, None

    def company(self) -> Slot:
        return self.rng.choice(COMPANIES), None, None

    def title(self) -> Slot:
        return self.rng.choice(TITLES), None, None

    def count(self) -> Slot:
        return str(self.rng.choice([2, 3, 4, 5, 7, 12, 18, 40])), None, None


def _amt(self) -> Slot:
    """A bare amount as pasted from a payroll register ("79.50"): no currency sign, no entity."""
    return f"{self.rng.randint(5, 400)}.{self.rng.randint(0, 99):02d}", None, None


def _checkno(self) -> Slot:
    """A check or confirmation number (4-6 digits): not an entity."""
    return str(self.rng.randint(1000, 999999)), None, None


SlotFiller.amt = _amt
SlotFiller.checkno = _checkno


# Plain-text slots of the sixth extra batch (addresses, states, phone numbers, e-mail addresses):
# none is an entity, and none contains anything intents/entities.py would read as one.
STREETS = ["418 Maple Drive", "77 River Rd", "1203 N 27th St", "PO Box 4410", "15 Cottonwood Ln Apt 3B",
           "900 Commerce Blvd, Suite 210", "6120 Old Mill Road", "2 Harbor View Ct", "350 W Prairie Ave"]
CITIES = ["Lincoln, NE 68502", "Omaha, NE 68103", "Wichita, KS 67202", "Des Moines, IA 50309",
          "Sioux Falls, SD 57104", "Kansas City, MO 64111", "Denver, CO 80203", "Fargo, ND 58102"]
STATES = ["Colorado", "Iowa", "Kansas", "Missouri", "South Dakota", "Texas", "Arizona", "Minnesota",
          "Wyoming", "Florida"]


def _street(self) -> Slot:
    """A street address, with the city most of the time."""
    street = self.rng.choice(STREETS)
    if self.rng.random() < 0.7:
        street += ", " + self.rng.choice(CITIES)
    return street, None, None


def _state(self) -> Slot:
    return self.rng.choice(STATES), None, None


def _phone(self) -> Slot:
    r = self.rng
    area, mid, end = r.choice([402, 308, 531, 712, 785, 816]), r.randint(200, 999), r.randint(0, 9999)
    style = r.randrange(3)
    text = (f"({area}) {mid}-{end:04d}" if style == 0 else f"{area}-{mid}-{end:04d}" if style == 1
            else f"{area}.{mid}.{end:04d}")
    return text, None, None


def _email(self) -> Slot:
    r = self.rng
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}"])
    return f"{user}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}", None, None


SlotFiller.street = _street
SlotFiller.state = _state
SlotFiller.phone = _phone
SlotFiller.email = _email
