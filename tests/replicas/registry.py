"""Replica sites by source id."""

from tests.replicas.bnpt.site import BnptSite

SITES = {
    "bnpt": BnptSite,
}
