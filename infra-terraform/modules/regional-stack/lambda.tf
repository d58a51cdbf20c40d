locals {
  account_id       = data.aws_caller_identity.current.account_id
  items_arn        = "arn:aws:dynamodb:${var.region}:${local.account_id}:table/${var.table_name}"
  peer_items_arn   = "arn:aws:dynamodb:${var.peer_region}:${local.account_id}:table/${var.table_name}"
  control_arn      = "arn:aws:dynamodb:${var.region}:${local.account_id}:table/${var.control_table_name}"
  peer_control_arn = "arn:aws:dynamodb:${var.peer_region}:${local.account_id}:table/${var.control_table_name}"
  restored_arn     = "arn:aws:dynamodb:${var.region}:${local.account_id}:table/${var.table_name}-restored*"
  backup_arn       = "arn:aws:dynamodb:${var.region}:${local.account_id}:table/${var.table_name}/backup/*"
  zone_arn         = "arn:aws:route53:::hostedzone/${var.zone_id}"
  router_name      = "${var.name_prefix}-traffic-router"
  router_arn       = "arn:aws:lambda:${var.region}:${local.account_id}:function:${local.router_name}"
  peer_health_url  = "https://${var.peer_region}.${var.service_fqdn}/health"
  health_url       = "https://${local.regional_fqdn}/health"
  region_key       = upper(replace(var.region, "-", "_"))
  peer_region_key  = upper(replace(var.peer_region, "-", "_"))

  # what every activity is configured with (docs/workflows.md lists the variables)
  activity_environment = {
    REGIONS            = "${var.region},${var.peer_region}"
    TABLE_NAME         = var.table_name
    CONTROL_TABLE_NAME = var.control_table_name
    SERVICE_URL        = "https://${var.service_fqdn}"
    HOSTED_ZONE_ID     = var.zone_id
    RECORD_NAME        = var.service_fqdn
    ROUTER_FUNCTION    = local.router_name
    ROUTER_ALIAS       = "live"
  }
}

data "aws_caller_identity" "current" {}

# ---------------------------------------------------------------------------------------------------------------------
# The traffic-router: SnapStart on published versions, served through the "live" alias.

resource "aws_cloudwatch_log_group" "router" {
  name              = "/aws/lambda/${local.router_name}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "router" {
  function_name    = local.router_name
  description      = "Traffic-router behind the ALB: items CRUD, /health, fencing, write modes"
  runtime          = "java21"
  handler          = "io.drkit.router.TrafficRouterHandler::handleRequest"
  filename         = var.router_zip
  source_code_hash = filebase64sha256(var.router_zip)
  role             = aws_iam_role.router.arn
  memory_size      = var.router_memory_mb
  timeout          = 10
  publish          = true

  snap_start {
    apply_on = "PublishedVersions"
  }

  environment {
    variables = {
      TABLE_NAME             = var.table_name
      CONTROL_TABLE_NAME     = var.control_table_name
      PEER_REGION            = var.peer_region
      WRITE_MODE             = var.write_mode
      REPLICATION_TIMEOUT_MS = tostring(var.replication_timeout_ms)
    }
  }

  depends_on = [aws_cloudwatch_log_group.router]
}

resource "aws_lambda_alias" "router_live" {
  name             = "live"
  function_name    = aws_lambda_function.router.function_name
  function_version = aws_lambda_function.router.version
}

# ---------------------------------------------------------------------------------------------------------------------
# The workflow activities: one function per step, each with its own role (iam.tf), all from one package and one
# handler class, which runs the step the STEP variable names.

resource "aws_cloudwatch_log_group" "activity" {
  for_each          = local.activities
  name              = "/aws/lambda/${var.name_prefix}-${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "activity" {
  for_each         = local.activities
  function_name    = "${var.name_prefix}-${each.key}"
  description      = each.value.description
  runtime          = "java21"
  handler          = "io.drkit.activities.lambda.StepHandler"
  filename         = var.activities_zip
  source_code_hash = filebase64sha256(var.activities_zip)
  role             = aws_iam_role.activity[each.key].arn
  memory_size      = 1024
  timeout          = each.value.timeout
  publish          = true

  snap_start {
    apply_on = "PublishedVersions"
  }

  environment {
    variables = merge(local.activity_environment, { STEP = each.key }, zipmap(
      ["HEALTH_URL_${local.region_key}", "HEALTH_URL_${local.peer_region_key}", "TOPIC_ARN_${local.region_key}"],
      [local.health_url, local.peer_health_url, aws_sns_topic.notifications.arn]
    ))
  }

  depends_on = [aws_cloudwatch_log_group.activity]
}

# The health-checker, each minute (EventBridge's shortest schedule).
resource "aws_cloudwatch_event_rule" "health_check" {
  name                = "${var.name_prefix}-health-check"
  description         = "Heartbeat, peer heartbeat age and peer /health, every minute"
  schedule_expression = "rate(1 minute)"
}

resource "aws_cloudwatch_event_target" "health_check" {
  rule = aws_cloudwatch_event_rule.health_check.name
  arn  = aws_lambda_function.activity["HealthCheck"].arn
}

resource "aws_lambda_permission" "schedule_invokes_health_check" {
  statement_id  = "AllowSchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.activity["HealthCheck"].function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.health_check.arn
}
