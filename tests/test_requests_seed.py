"""The demo's client requests: a pending portal request and a working third-party link."""

from firmflow.seed import seed_identity
from firmflow.seed_requests import seed_requests
from models import ClientRequest
from tests.support_requests import SHARED, data


async def test_the_demo_seed_adds_a_pending_request_and_prints_a_working_link(gql):
    demo = await seed_identity()
    await seed_requests(demo)
    portal = await ClientRequest.get(client_account_id=demo.accounts["ana"])
    assert portal.status == "PENDING" and portal.access == "PORTAL"
    line = next(line for line in demo.lines if "shared-request?token=" in line)
    token = line.split("token=", 1)[1].strip()
    shared = data(await gql(SHARED, {"token": token}), "sharedRequest")
    assert shared["firmName"] == "Demo Accounting LLP" and shared["status"] == "PENDING"
