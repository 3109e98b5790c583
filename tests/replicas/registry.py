"""Replica sites by source id."""

from tests.replicas.bi.site import BiSite
from tests.replicas.bnpb.site import BnpbSite
from tests.replicas.bnpt.site import BnptSite
from tests.replicas.bps.site import BpsSite
from tests.replicas.hazards.site import HazardsSite  # test-only source: tests/replicas/hazards/hazards.toml
from tests.replicas.kemlu.site import KemluSite
from tests.replicas.polri.site import PolriSite
from tests.replicas.setkab.site import SetkabSite

SITES = {
    "bnpt": BnptSite,
    "kemlu": KemluSite,
    "bi": BiSite,
    "bps": BpsSite,
    "setkab": SetkabSite,
    "bnpb": BnpbSite,
    "polri": PolriSite,
    "hazards": HazardsSite,
}
