"""Local simulators of the payment providers' redirect-and-callback protocols, for the tests and
`make demo` (manage.py payment_simulator). Nothing here is used by a configured real variant: a
variant only reaches a simulator when its endpoint (PMPAYMENT_URL) points at one."""
