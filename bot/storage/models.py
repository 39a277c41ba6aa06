"""SQLAlchemy models: policy data (from the feed) and service data (conversations, queue, audit).

Every policy-data table carries `group_id`, so the repository can scope each query to the
caller's group (bot/storage/repository.py).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, Numeric,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Money = Numeric(14, 2, asdecimal=True)
Rate = Numeric(14, 6, asdecimal=True)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# ---------------------------------------------------------------- policy data
class Group(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_number: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(2))
    billing_mode: Mapped[str] = mapped_column(String(16))
    section_125: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    effective_date: Mapped[date] = mapped_column(Date)
    bill_day: Mapped[int] = mapped_column(Integer)
    grace_days: Mapped[int] = mapped_column(Integer)
    paid_to_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)

    contacts: Mapped[list["Contact"]] = relationship(back_populates="group", lazy="raise")


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("group_id", "email"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), index=True)
    role: Mapped[str] = mapped_column(String(40))

    group: Mapped[Group] = relationship(back_populates="contacts", lazy="raise")


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    line: Mapped[str] = mapped_column(String(40))
    rate_basis: Mapped[str] = mapped_column(String(16))
    unit: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    refund_method: Mapped[str] = mapped_column(String(16))
    max_retro_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    child_max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    spouse_max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    guaranteed_issue: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    max_benefit: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    loan_interest_rate: Mapped[Decimal | None] = mapped_column(Rate, nullable=True)
    max_loan_ratio: Mapped[Decimal | None] = mapped_column(Rate, nullable=True)
    states: Mapped[list[Any]] = mapped_column(JSON, default=list)

    rates: Mapped[list["ProductRate"]] = relationship(lazy="raise", order_by="ProductRate.id")


class ProductRate(Base):
    __tablename__ = "product_rates"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    tier: Mapped[str | None] = mapped_column(String(30), nullable=True)
    age_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tobacco: Mapped[bool] = mapped_column(Boolean, default=False)
    monthly: Mapped[Decimal] = mapped_column(Rate)


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (UniqueConstraint("group_id", "employee_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    employee_id: Mapped[str] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    dob: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(2))
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    termination_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    payroll_id: Mapped[str | None] = mapped_column(String(40), nullable=True)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Policy(Base):
    __tablename__ = "policies"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    employee_pk: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    policy_number: Mapped[str] = mapped_column(String(30), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    tier: Mapped[str | None] = mapped_column(String(30), nullable=True)
    benefit: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    tobacco: Mapped[bool] = mapped_column(Boolean, default=False)
    issue_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    paid_to_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    termination_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    cash_value: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    loan_balance: Mapped[Decimal | None] = mapped_column(Money, nullable=True)


class Dependent(Base):
    __tablename__ = "dependents"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(20))
    dob: Mapped[date | None] = mapped_column(Date, nullable=True)


class Rider(Base):
    __tablename__ = "riders"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    code: Mapped[str] = mapped_column(String(30))
    monthly: Mapped[Decimal] = mapped_column(Money)


class Bill(Base):
    __tablename__ = "bills"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    bill_number: Mapped[str] = mapped_column(String(40), unique=True)
    period: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    total: Mapped[Decimal] = mapped_column(Money)


class BillLine(Base):
    __tablename__ = "bill_lines"
    __table_args__ = (Index("ix_bill_lines_group_policy", "group_id", "policy_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"))
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    policy_number: Mapped[str] = mapped_column(String(30))
    amount: Mapped[Decimal] = mapped_column(Money)


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    payment_id: Mapped[str] = mapped_column(String(40), unique=True)
    received: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(60), nullable=True)
    applied: Mapped[Decimal] = mapped_column(Money)
    suspense: Mapped[Decimal] = mapped_column(Money)


# ---------------------------------------------------------------- service data
class Conversation(Base):
    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True, nullable=True)
    channel: Mapped[str] = mapped_column(String(10))            # chat | email
    user: Mapped[str] = mapped_column(String(254))
    status: Mapped[str] = mapped_column(String(20), default="bot")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # dialogue state lives here, not in memory: any instance can take the next turn
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # email threads: the Message-IDs seen in this conversation, so a reply finds its way back
    email_thread: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Message(Base):
    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    sender: Mapped[str] = mapped_column(String(10))             # employer | bot | agent
    text: Mapped[str] = mapped_column(Text)                     # masked before storing
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    confidence: Mapped[float | None] = mapped_column(nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)   # entities, records, citations
    author: Mapped[str | None] = mapped_column(String(200), nullable=True)
    email_message_id: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)


class Escalation(Base):
    __tablename__ = "escalations"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), nullable=True)
    channel: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(40))
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    priority: Mapped[int] = mapped_column(Integer)               # 1 most urgent
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    assignee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    first_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ServiceRequest(Base):
    __tablename__ = "service_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversations.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(60))
    group_id: Mapped[int | None] = mapped_column(nullable=True)
    conversation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EscalationNote(Base):
    """Internal notes administrators leave on an escalation (never shown to the employer)."""
    __tablename__ = "escalation_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InboundEmail(Base):
    """Every inbound mail is kept as received (masked text aside) so none is ever lost."""
    __tablename__ = "inbound_emails"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sender: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str | None] = mapped_column(String(300), nullable=True)
    conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversations.id"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="received")   # received|answered|ignored|failed
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class OutboundEmail(Base):
    """The outbox: a reply is written here first and sent (with retries) from here."""
    __tablename__ = "outbound_emails"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversations.id"), nullable=True, index=True)
    to_addr: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text, nullable=True)
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(300), nullable=True)
    references: Mapped[str | None] = mapped_column(Text, nullable=True)
    # RFC 3834 Auto-Submitted value ("auto-replied" for the assistant's answers; NULL for a person's)
    auto_submitted: Mapped[str | None] = mapped_column(String(20), nullable=True)   # migration 0003_email
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)   # pending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class DataVersion(Base):
    """Bumped by every import that changes policy data, so per-group caches know when to reload."""
    __tablename__ = "data_versions"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
