"""moto_server with DynamoDB's isolation: one request at a time inside the DynamoDB backend.

moto runs requests on several threads, and its TransactWriteItems restores a snapshot of the whole table when a
transaction is cancelled, erasing whatever another thread committed in between. DynamoDB serializes a transaction
with the writes and reads of the items it touches; serializing the backend's operations gives the lab the same
guarantee. A cancelled transaction also puts back a copy of the table with a copy of its stream: the stream is kept
the same object (stream readers hold iterators on it), holding the records of committed writes only. Arguments are
moto_server's.
"""
import sys
import threading

from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodbstreams.models import DynamoDBStreamsBackend

_LOCK = threading.RLock()


def _serialize(name, backend=DynamoDBBackend):
    original = getattr(backend, name, None)
    if original is None:
        return

    def serialized(self, *args, **kwargs):
        with _LOCK:
            return original(self, *args, **kwargs)

    serialized.__name__ = name
    setattr(backend, name, serialized)


def _keep_streams_on_cancel():
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self, *args, **kwargs):
        with _LOCK:
            live = {name: (table, table.stream_shard) for name, table in self.tables.items()}
            try:
                return original(self, *args, **kwargs)
            except Exception:
                for name, (before, shard) in live.items():
                    restored = self.tables.get(name)
                    if restored is None or restored is before or shard is None or restored.stream_shard is None:
                        continue
                    shard.items = list(restored.stream_shard.items)
                    shard.table = restored
                    restored.stream_shard = shard
                raise

    transact_write_items.__name__ = "transact_write_items"
    DynamoDBBackend.transact_write_items = transact_write_items


for _name in ("put_item", "get_item", "query", "scan", "update_item", "delete_item", "transact_get_items",
              "batch_get_item", "batch_write_item"):
    _serialize(_name)
for _name in ("describe_stream", "get_shard_iterator", "get_records"):
    _serialize(_name, DynamoDBStreamsBackend)
_keep_streams_on_cancel()

from moto.server import main  # noqa: E402  (after the patch, so the server uses it)

if __name__ == "__main__":
    sys.argv[0] = "moto_server"
    main(sys.argv[1:])
