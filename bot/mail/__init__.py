"""Email: parsing inbound mail, the SMTP listener and the outbox (the channel is bot/channels/email.py)."""
