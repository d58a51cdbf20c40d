# A key of our own: CloudWatch alarms cannot publish to a topic under the AWS-managed SNS key, whose policy cannot
# be changed to let them.
resource "aws_kms_key" "notifications" {
  description         = "${var.name_prefix} notifications topic in ${var.region}"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Account"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AlarmsPublish"
        Effect    = "Allow"
        Principal = { Service = "cloudwatch.amazonaws.com" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_sns_topic" "notifications" {
  name              = "${var.name_prefix}-notifications"
  kms_master_key_id = aws_kms_key.notifications.arn
}

resource "aws_sns_topic_subscription" "email" {
  topic_arn = aws_sns_topic.notifications.arn
  protocol  = "email"
  endpoint  = var.notification_email
}

# The alarm that starts the failover in this region: the peer's /health, as this region's health-checker sees it
# (metric PeerHealthy, 1 or 0, published each minute). Its name matches the EventBridge rule's pattern. Missing data
# keeps the state: a late checker run must neither clear the alarm (its next ALARM would start a second failover) nor
# raise it (this region's own checker failing is no reason to fail over into this region).
resource "aws_cloudwatch_metric_alarm" "peer_unhealthy" {
  alarm_name          = "${var.name_prefix}-peer-unhealthy-${var.peer_region}"
  alarm_description   = "${var.peer_region} fails its health checks from ${var.region}: starts the failover into ${var.region}"
  namespace           = "DRKit"
  metric_name         = "PeerHealthy"
  dimensions          = { Region = var.region, PeerRegion = var.peer_region }
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "ignore"
  alarm_actions       = [aws_sns_topic.notifications.arn]
  ok_actions          = [aws_sns_topic.notifications.arn]
}

resource "aws_cloudwatch_metric_alarm" "router_errors" {
  alarm_name          = "${var.name_prefix}-router-errors-${var.region}"
  alarm_description   = "The traffic-router failed more than ${var.lambda_error_threshold} times in 5 minutes"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = aws_lambda_function.router.function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.lambda_error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.notifications.arn]
}

resource "aws_cloudwatch_metric_alarm" "table_throttles" {
  alarm_name          = "${var.name_prefix}-table-throttles-${var.region}"
  alarm_description   = "The item table throttled more than ${var.throttle_threshold} requests in 5 minutes"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = var.throttle_threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.notifications.arn]

  metric_query {
    id          = "throttles"
    expression  = "reads + writes"
    label       = "Throttled requests"
    return_data = true
  }

  metric_query {
    id = "reads"
    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "ReadThrottleEvents"
      dimensions  = { TableName = var.table_name }
      period      = 300
      stat        = "Sum"
    }
  }

  metric_query {
    id = "writes"
    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "WriteThrottleEvents"
      dimensions  = { TableName = var.table_name }
      period      = 300
      stat        = "Sum"
    }
  }
}

# ReplicationLatency is published in the region the writes come from, per receiving region.
resource "aws_cloudwatch_metric_alarm" "replication_lag" {
  alarm_name          = "${var.name_prefix}-replication-lag-to-${var.peer_region}"
  alarm_description   = "Global-table replication from ${var.region} to ${var.peer_region} is slower than ${var.replication_lag_threshold_ms} ms"
  namespace           = "AWS/DynamoDB"
  metric_name         = "ReplicationLatency"
  dimensions          = { TableName = var.table_name, ReceivingRegion = var.peer_region }
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 3
  threshold           = var.replication_lag_threshold_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.notifications.arn]
}

resource "aws_cloudwatch_metric_alarm" "unhealthy_targets" {
  alarm_name          = "${var.name_prefix}-unhealthy-targets-${var.region}"
  alarm_description   = "The ALB sees the traffic-router as unhealthy"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = aws_lb.service.arn_suffix, TargetGroup = aws_lb_target_group.router.arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.notifications.arn]
}

resource "aws_cloudwatch_dashboard" "dr" {
  dashboard_name = "${var.name_prefix}-${var.region}"
  dashboard_body = jsonencode({
    widgets = [
      {
        type = "metric", x = 0, y = 0, width = 12, height = 6
        properties = {
          title   = "Peer health and heartbeat age, seen from ${var.region}"
          region  = var.region
          metrics = [["DRKit", "PeerHealthy", "Region", var.region, "PeerRegion", var.peer_region], ["DRKit", "PeerHeartbeatAge", "Region", var.region, "PeerRegion", var.peer_region, { yAxis = "right" }]]
        }
      },
      {
        type = "metric", x = 12, y = 0, width = 12, height = 6
        properties = {
          title   = "Replication latency into ${var.region} (ms)"
          region  = var.region
          metrics = [["AWS/DynamoDB", "ReplicationLatency", "TableName", var.table_name, "ReceivingRegion", var.peer_region]]
        }
      },
      {
        type = "metric", x = 0, y = 6, width = 12, height = 6
        properties = {
          title   = "Traffic-router invocations, errors and duration"
          region  = var.region
          metrics = [["AWS/Lambda", "Invocations", "FunctionName", local.router_name], ["AWS/Lambda", "Errors", "FunctionName", local.router_name], ["AWS/Lambda", "Duration", "FunctionName", local.router_name, { yAxis = "right", stat = "p99" }]]
        }
      },
      {
        type = "metric", x = 12, y = 6, width = 12, height = 6
        properties = {
          title   = "Failovers: RTO and RPO (ms)"
          region  = var.region
          metrics = [["DRKit", "FailoverRTO", "FailedRegion", var.peer_region, "TargetRegion", var.region], ["DRKit", "FailoverRPO", "FailedRegion", var.peer_region, "TargetRegion", var.region]]
        }
      }
    ]
  })
}
