# Least privilege, per function: each role allows the actions its code calls, on the ARNs it touches.
# A "*" resource appears only where AWS offers nothing narrower, each such statement named "NoNarrowerResource...".

locals {
  activities = {
    ValidateInput = {
      description = "Reads a workflow's input as its request type, with its defaults"
      timeout     = 30
      statements  = []
    }
    AcquireLock = {
      description = "Takes the failover lock in this region's control table"
      timeout     = 30
      statements = [
        { sid = "LockItem", actions = ["dynamodb:PutItem", "dynamodb:GetItem"], resources = [local.control_arn] },
      ]
    }
    ReleaseLock = {
      description = "Releases the failover lock it holds"
      timeout     = 30
      statements = [
        { sid = "LockItem", actions = ["dynamodb:DeleteItem"], resources = [local.control_arn] },
      ]
    }
    AssessRegions = {
      description = "Target health, failed region's heartbeat age and fence"
      timeout     = 30
      statements = [
        { sid = "ReadControl", actions = ["dynamodb:GetItem"], resources = [local.control_arn, local.peer_control_arn] },
      ]
    }
    DrainReplication = {
      description = "Writes a marker in one region and waits for it in the other"
      timeout     = 660
      statements = [
        { sid = "Markers", actions = ["dynamodb:PutItem", "dynamodb:GetItem"], resources = [local.control_arn, local.peer_control_arn] },
      ]
    }
    FenceRegion = {
      description = "Fences a region through this region's control table"
      timeout     = 30
      statements = [
        { sid = "FenceItem", actions = ["dynamodb:PutItem"], resources = [local.control_arn] },
      ]
    }
    UnfenceRegion = {
      description = "Lifts a region's fence"
      timeout     = 30
      statements = [
        { sid = "FenceItem", actions = ["dynamodb:PutItem"], resources = [local.control_arn] },
      ]
    }
    ShiftTraffic = {
      description = "Health-check driven shift, or a swap of the failover records"
      timeout     = 60
      statements = [
        { sid = "FailoverRecords", actions = ["route53:ListResourceRecordSets", "route53:ChangeResourceRecordSets"], resources = [local.zone_arn] },
      ]
    }
    VerifyTraffic = {
      description = "Probes the service name until it answers from the target"
      timeout     = 60
      statements  = []
    }
    RecordFailoverMetrics = {
      description = "FailoverRTO and FailoverRPO as embedded metrics"
      timeout     = 30
      statements  = []
    }
    Notify = {
      description = "Publishes a workflow's outcome"
      timeout     = 30
      statements = [
        { sid = "Topic", actions = ["sns:Publish"], resources = [aws_sns_topic.notifications.arn] },
        { sid = "TopicKey", actions = ["kms:Decrypt", "kms:GenerateDataKey*"], resources = [aws_kms_key.notifications.arn] },
      ]
    }
    ScanDigests = {
      description = "Bucket digests of one scan segment"
      timeout     = 900
      statements = [
        { sid = "ScanItems", actions = ["dynamodb:Scan"], resources = [local.items_arn, local.peer_items_arn] },
      ]
    }
    DiffDigests = {
      description = "Buckets whose digests differ"
      timeout     = 60
      statements  = []
    }
    CompareBuckets = {
      description = "Keys that differ within the differing buckets"
      timeout     = 900
      statements = [
        { sid = "ScanItems", actions = ["dynamodb:Scan"], resources = [local.items_arn, local.peer_items_arn] },
      ]
    }
    RecheckKeys = {
      description = "Which differing keys still differ"
      timeout     = 300
      statements = [
        { sid = "ReadItems", actions = ["dynamodb:GetItem"], resources = [local.items_arn, local.peer_items_arn] },
      ]
    }
    RepairKeys = {
      description = "Last writer wins repair of divergent keys"
      timeout     = 300
      statements = [
        { sid = "RepairItems", actions = ["dynamodb:GetItem", "dynamodb:PutItem"], resources = [local.items_arn, local.peer_items_arn] },
      ]
    }
    TakeSnapshot = {
      description = "On-demand backup, routing records and alias version before a rollback"
      timeout     = 300
      statements = [
        { sid = "Backup", actions = ["dynamodb:CreateBackup"], resources = [local.items_arn] },
        # ListBackups is authorized on the account only: it accepts no table or backup ARN
        { sid = "NoNarrowerResourceListBackups", actions = ["dynamodb:ListBackups"], resources = ["*"] },
        { sid = "SaveSnapshot", actions = ["dynamodb:PutItem"], resources = [local.control_arn] },
        { sid = "ReadRecords", actions = ["route53:ListResourceRecordSets"], resources = [local.zone_arn] },
        { sid = "ReadAlias", actions = ["lambda:GetAlias"], resources = [local.router_arn] },
      ]
    }
    RollbackAlias = {
      description = "Points the router's live alias at its previous version"
      timeout     = 120
      statements = [
        { sid = "Alias", actions = ["lambda:GetAlias", "lambda:UpdateAlias", "lambda:ListVersionsByFunction"], resources = [local.router_arn, "${local.router_arn}:*"] },
      ]
    }
    RestoreTable = {
      description = "Restores the item table into a new table"
      timeout     = 300
      statements = [
        { sid = "Restore", actions = ["dynamodb:RestoreTableToPointInTime", "dynamodb:RestoreTableFromBackup", "dynamodb:DescribeTable"], resources = [local.items_arn, local.backup_arn, local.restored_arn] },
        { sid = "WriteRestored", actions = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchWriteItem"], resources = [local.restored_arn] },
      ]
    }
    RestoreRouting = {
      description = "Puts the failover records back as a snapshot saved them"
      timeout     = 120
      statements = [
        { sid = "ReadSnapshot", actions = ["dynamodb:GetItem"], resources = [local.control_arn] },
        { sid = "Records", actions = ["route53:ListResourceRecordSets", "route53:ChangeResourceRecordSets"], resources = [local.zone_arn] },
      ]
    }
    VerifyRollback = {
      description = "Checks each rolled-back target"
      timeout     = 120
      statements = [
        { sid = "Check", actions = ["lambda:GetAlias"], resources = [local.router_arn] },
        { sid = "CheckTable", actions = ["dynamodb:DescribeTable"], resources = [local.restored_arn] },
        { sid = "CheckRecords", actions = ["route53:ListResourceRecordSets"], resources = [local.zone_arn] },
      ]
    }
    HealthCheck = {
      description = "Heartbeat, the peer's heartbeat age and /health"
      timeout     = 30
      statements = [
        { sid = "Heartbeats", actions = ["dynamodb:PutItem", "dynamodb:GetItem"], resources = [local.control_arn] },
      ]
    }
  }
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "router" {
  name               = "${var.name_prefix}-router-${var.region}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

data "aws_iam_policy_document" "router" {
  statement {
    sid       = "Items"
    actions   = ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [local.items_arn, local.control_arn]
  }
  statement {
    sid       = "PeerReads"
    actions   = ["dynamodb:GetItem"]
    resources = [local.peer_items_arn]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.router.arn}:*"]
  }
}

resource "aws_iam_role_policy" "router" {
  name   = "router"
  role   = aws_iam_role.router.id
  policy = data.aws_iam_policy_document.router.json
}

resource "aws_iam_role" "activity" {
  for_each           = local.activities
  name               = "${var.name_prefix}-${each.key}-${var.region}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

data "aws_iam_policy_document" "activity" {
  for_each = local.activities

  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.activity[each.key].arn}:*"]
  }

  dynamic "statement" {
    for_each = each.value.statements
    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "activity" {
  for_each = local.activities
  name     = each.key
  role     = aws_iam_role.activity[each.key].id
  policy   = data.aws_iam_policy_document.activity[each.key].json
}
