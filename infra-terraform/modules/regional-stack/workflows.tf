# The four state machines, from the same files the local engine runs: workflows/src/main/resources/statemachines.
# Each ${Name} placeholder is filled with the published version of the activity of that name.

locals {
  workflow_dir    = "${path.module}/../../../workflows/src/main/resources/statemachines"
  eventbridge_dir = "${path.module}/../../../workflows/src/main/resources/eventbridge"
  workflows       = ["failover", "failback", "consistency", "rollback"]

  state_machine_arn_prefix = "arn:aws:states:${var.region}:${local.account_id}:stateMachine:${var.name_prefix}-"
  activity_arns = zipmap(
    keys(local.activities),
    [for name in keys(local.activities) : aws_lambda_function.activity[name].qualified_arn]
  )
  # failback starts the consistency validation as a child execution
  definition_values = merge(local.activity_arns, {
    ConsistencyStateMachine = "${local.state_machine_arn_prefix}consistency"
  })
}

resource "aws_cloudwatch_log_group" "workflows" {
  name              = "/aws/vendedlogs/states/${var.name_prefix}-workflows"
  retention_in_days = var.log_retention_days
}

resource "aws_sfn_state_machine" "workflow" {
  for_each   = toset(local.workflows)
  name       = "${var.name_prefix}-${each.key}"
  role_arn   = aws_iam_role.workflows.arn
  definition = templatefile("${local.workflow_dir}/${each.key}.asl.json", local.definition_values)

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.workflows.arn}:*"
    include_execution_data = true
    level                  = "ERROR"
  }
}

data "aws_iam_policy_document" "states_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "workflows" {
  name               = "${var.name_prefix}-workflows-${var.region}"
  assume_role_policy = data.aws_iam_policy_document.states_assume.json
}

data "aws_iam_policy_document" "workflows" {
  statement {
    sid       = "InvokeActivities"
    actions   = ["lambda:InvokeFunction"]
    resources = values(local.activity_arns)
  }
  statement {
    sid       = "ChildValidation"
    actions   = ["states:StartExecution"]
    resources = ["${local.state_machine_arn_prefix}consistency"]
  }
  statement {
    sid       = "ChildValidationStatus"
    actions   = ["states:DescribeExecution", "states:StopExecution"]
    resources = ["arn:aws:states:${var.region}:${local.account_id}:execution:${var.name_prefix}-consistency:*"]
  }
  statement {
    sid       = "SyncRule"
    actions   = ["events:PutTargets", "events:PutRule", "events:DescribeRule"]
    resources = ["arn:aws:events:${var.region}:${local.account_id}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]
  }
  # Step Functions' log delivery is authorized on the account: these actions accept no log group ARN
  statement {
    sid       = "NoNarrowerResourceLogDelivery"
    actions   = ["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "workflows" {
  name   = "workflows"
  role   = aws_iam_role.workflows.id
  policy = data.aws_iam_policy_document.workflows.json
}

# ---------------------------------------------------------------------------------------------------------------------
# The trigger: this region's alarm on the peer's health starts the failover here (each region watches the other).

resource "aws_cloudwatch_event_rule" "peer_unhealthy" {
  name        = "${var.name_prefix}-peer-unhealthy"
  description = "The ${var.peer_region} health alarm went into ALARM: fail over into ${var.region}"
  event_pattern = templatefile("${local.eventbridge_dir}/peer-unhealthy.pattern.json", {
    NamePrefix = var.name_prefix
  })
}

resource "aws_cloudwatch_event_target" "start_failover" {
  rule     = aws_cloudwatch_event_rule.peer_unhealthy.name
  arn      = aws_sfn_state_machine.workflow["failover"].arn
  role_arn = aws_iam_role.events.arn

  input_transformer {
    input_paths = jsondecode(file("${local.eventbridge_dir}/peer-unhealthy.input-paths.json"))
    input_template = templatefile("${local.eventbridge_dir}/peer-unhealthy.input-template.json", {
      PeerRegion = var.peer_region
      # the peer's heartbeat is stale after 2.5 runs of its 1-minute health-checker: a fresh one is a false alarm
      StaleAfterSeconds = 150
      # a suspected partition is looked at again every alarm period until it heals or the region is really gone
      ReassessEverySeconds = 60
    })
  }
}

# The router's error alarm rolls its live alias back to the version before (an automatic rollback never goes past a
# version a rollback already returned to).

resource "aws_cloudwatch_event_rule" "router_errors" {
  name        = "${var.name_prefix}-router-errors"
  description = "The traffic-router in ${var.region} is failing: roll its live alias back"
  event_pattern = templatefile("${local.eventbridge_dir}/router-errors.pattern.json", {
    NamePrefix = var.name_prefix
  })
}

resource "aws_cloudwatch_event_target" "start_rollback" {
  rule     = aws_cloudwatch_event_rule.router_errors.name
  arn      = aws_sfn_state_machine.workflow["rollback"].arn
  role_arn = aws_iam_role.events.arn

  input_transformer {
    input_paths    = jsondecode(file("${local.eventbridge_dir}/router-errors.input-paths.json"))
    input_template = file("${local.eventbridge_dir}/router-errors.input-template.json")
  }
}

data "aws_iam_policy_document" "events_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "events" {
  name               = "${var.name_prefix}-events-${var.region}"
  assume_role_policy = data.aws_iam_policy_document.events_assume.json
}

data "aws_iam_policy_document" "events" {
  statement {
    sid       = "StartFailoverAndRollback"
    actions   = ["states:StartExecution"]
    resources = [aws_sfn_state_machine.workflow["failover"].arn, aws_sfn_state_machine.workflow["rollback"].arn]
  }
}

resource "aws_iam_role_policy" "events" {
  name   = "start-failover-and-rollback"
  role   = aws_iam_role.events.id
  policy = data.aws_iam_policy_document.events.json
}
