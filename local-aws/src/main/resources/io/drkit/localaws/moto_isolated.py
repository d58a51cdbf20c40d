"""moto_server with DynamoDB's isolation: one request at a time inside the DynamoDB backend.

moto runs requests on several threads, and its TransactWriteItems restores a snapshot of the whole table when a
transaction is cancelled, erasing whatever another thread committed in between. DynamoDB serializes a transaction
with the writes and reads of the items it touches; serializing the backend's operations gives the lab the same
guarantee. Arguments are moto_server's.
"""
import sys
import threading

from moto.dynamodb.models import DynamoDBBackend

_LOCK = threading.RLock()


def _serialize(name):
    original = getattr(DynamoDBBackend, name, None)
    if original is None:
        return

    def serialized(self, *args, **kwargs):
        with _LOCK:
            return original(self, *args, **kwargs)

    serialized.__name__ = name
    setattr(DynamoDBBackend, name, serialized)


for _name in ("put_item", "get_item", "query", "scan", "update_item", "delete_item", "transact_write_items",
              "transact_get_items", "batch_get_item", "batch_write_item"):
    _serialize(_name)

from moto.server import main  # noqa: E402  (after the patch, so the server uses it)

if __name__ == "__main__":
    sys.argv[0] = "moto_server"
    main(sys.argv[1:])
