"""moto_server with DynamoDB's isolation: one request at a time inside the DynamoDB backend.

moto runs requests on several threads, and its TransactWriteItems restores a snapshot of the whole table when a
transaction is cancelled, erasing whatever another thread committed in between. DynamoDB serializes a transaction
with the writes and reads of the items it touches; serializing the backend's operations gives the lab the same
guarantee. A cancelled transaction puts back the items it touched (moto would put back a copy of each whole table,
at a cost that grows with the table) and cuts the stream back to the records of committed writes; tables and
streams stay the same objects (stream readers hold iterators on them). Arguments are moto_server's.
"""
import copy
import sys
import threading

import moto.dynamodb.models as models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table
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


class _TablesAreNotCopied:
    """The `copy` module as moto's DynamoDB backend sees it, except that a whole table is not deep-copied.

    moto's TransactWriteItems deep-copies every table it touches, to put it back if the transaction is cancelled:
    a cost that grows with all the table holds (seconds per transaction once it holds a few thousand items, and
    garbage that stalls the process when collected). The wrapper below keeps only the items the transaction touches
    instead, which is all a cancelled transaction has to put back.
    """

    def __getattr__(self, name):
        return getattr(copy, name)

    @staticmethod
    def deepcopy(value, memo=None):
        if isinstance(value, Table):
            return value
        return copy.deepcopy(value, memo)


def _key_of(table, op):
    if "Key" in op:
        return op["Key"]
    attrs = op.get("Item") or {}
    key = {table.hash_key_attr: attrs[table.hash_key_attr]}
    if table.range_key_attr is not None:
        key[table.range_key_attr] = attrs[table.range_key_attr]
    return key


def _restore(table, key, saved):
    hash_value = DynamoType(key[table.hash_key_attr])
    if table.range_key_attr is not None:
        range_value = DynamoType(key[table.range_key_attr])
        if saved is None:
            if hash_value in table.items:
                table.items[hash_value].pop(range_value, None)
        else:
            table.items[hash_value][range_value] = saved
    elif saved is None:
        table.items.pop(hash_value, None)
    else:
        table.items[hash_value] = saved


def _cancel_by_item():
    models.copy = _TablesAreNotCopied()
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self, transact_items, *args, **kwargs):
        with _LOCK:
            saved = {}
            streams = {}
            for entry in transact_items:
                try:
                    _, op = next(iter(entry.items()))
                    table = self.tables[op["TableName"]]
                    key = _key_of(table, op)
                    identity = (op["TableName"], repr(sorted((k, repr(v)) for k, v in key.items())))
                    if identity not in saved:
                        current = table.get_item(DynamoType(key[table.hash_key_attr]),
                                                 DynamoType(key[table.range_key_attr])
                                                 if table.range_key_attr is not None else None)
                        saved[identity] = (table, key, copy.deepcopy(current) if current is not None else None)
                    if table.stream_shard is not None and op["TableName"] not in streams:
                        streams[op["TableName"]] = (table.stream_shard, len(table.stream_shard.items))
                except Exception:
                    continue  # moto's own checks below refuse what is malformed
            try:
                return original(self, transact_items, *args, **kwargs)
            except Exception:
                # cancelled: the touched items as they were, and the stream holding committed writes only
                for table, key, item in saved.values():
                    _restore(table, key, item)
                for shard, length in streams.values():
                    del shard.items[length:]
                raise

    transact_write_items.__name__ = "transact_write_items"
    DynamoDBBackend.transact_write_items = transact_write_items


for _name in ("put_item", "get_item", "query", "scan", "update_item", "delete_item", "transact_get_items",
              "batch_get_item", "batch_write_item"):
    _serialize(_name)
for _name in ("describe_stream", "get_shard_iterator", "get_records"):
    _serialize(_name, DynamoDBStreamsBackend)
_cancel_by_item()

from moto.server import main  # noqa: E402  (after the patch, so the server uses it)

if __name__ == "__main__":
    sys.argv[0] = "moto_server"
    main(sys.argv[1:])
