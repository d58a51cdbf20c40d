locals {
  service_fqdn = "${var.service_subdomain}.${var.domain_name}"
  zone_id      = var.hosted_zone_id == "" ? aws_route53_zone.service[0].zone_id : var.hosted_zone_id

  # the two failover records: the primary region's answers while its health check passes
  failover = {
    primary   = { region = var.primary_region, role = "PRIMARY", alb_dns_name = module.primary.alb_dns_name }
    secondary = { region = var.secondary_region, role = "SECONDARY", alb_dns_name = module.secondary.alb_dns_name }
  }

  tags = merge(var.tags, {
    project    = "drkit"
    managed-by = "terraform"
  })
}

# Plan-time checks of what variables cannot check alone.
resource "terraform_data" "checks" {
  lifecycle {
    precondition {
      condition     = var.primary_region != var.secondary_region
      error_message = "primary_region and secondary_region must be two different regions."
    }
    precondition {
      condition     = var.health_check_interval * var.health_check_failure_threshold + var.dns_ttl <= var.rto_budget_seconds
      error_message = "health_check_interval x health_check_failure_threshold + dns_ttl exceeds rto_budget_seconds."
    }
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# Global tables: created in the primary region with a replica in the secondary, on demand, with point-in-time
# recovery, encryption at rest and streams (global tables replicate from them).

resource "aws_dynamodb_table" "items" {
  provider         = aws.primary
  name             = var.table_name
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  replica {
    region_name            = var.secondary_region
    point_in_time_recovery = true
  }
}

resource "aws_dynamodb_table" "control" {
  provider         = aws.primary
  name             = var.control_table_name
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "pk"
    type = "S"
  }

  # idempotency records, drain markers and locks carry expiresAt (epoch seconds)
  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  replica {
    region_name            = var.secondary_region
    point_in_time_recovery = true
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# DNS: failover records of the service name, each with the health check of its region's /health.

resource "aws_route53_zone" "service" {
  provider = aws.primary
  count    = var.hosted_zone_id == "" ? 1 : 0
  name     = var.domain_name
}

resource "aws_route53_health_check" "region" {
  for_each          = local.failover
  provider          = aws.primary
  fqdn              = each.value.alb_dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = var.health_check_interval
  failure_threshold = var.health_check_failure_threshold
  measure_latency   = true

  tags = {
    Name = "${var.name_prefix}-${each.value.region}-health"
  }
}

resource "aws_route53_record" "failover" {
  for_each        = local.failover
  provider        = aws.primary
  zone_id         = local.zone_id
  name            = local.service_fqdn
  type            = "CNAME"
  ttl             = var.dns_ttl
  records         = [each.value.alb_dns_name]
  set_identifier  = each.value.region
  health_check_id = aws_route53_health_check.region[each.key].id

  failover_routing_policy {
    type = each.value.role
  }
}

# ---------------------------------------------------------------------------------------------------------------------
# The full regional stack, once per region; each region watches the other.

module "primary" {
  source = "./modules/regional-stack"
  providers = {
    aws = aws.primary
  }

  region                       = var.primary_region
  peer_region                  = var.secondary_region
  name_prefix                  = var.name_prefix
  domain_name                  = var.domain_name
  service_fqdn                 = local.service_fqdn
  zone_id                      = local.zone_id
  notification_email           = var.notification_email
  table_name                   = aws_dynamodb_table.items.name
  control_table_name           = aws_dynamodb_table.control.name
  write_mode                   = var.write_mode
  replication_timeout_ms       = var.replication_timeout_ms
  router_memory_mb             = var.router_memory_mb
  router_zip                   = var.router_zip
  activities_zip               = var.activities_zip
  log_retention_days           = var.log_retention_days
  lambda_error_threshold       = var.lambda_error_threshold
  throttle_threshold           = var.throttle_threshold
  replication_lag_threshold_ms = var.replication_lag_threshold_ms
}

module "secondary" {
  source = "./modules/regional-stack"
  providers = {
    aws = aws.secondary
  }

  region                       = var.secondary_region
  peer_region                  = var.primary_region
  name_prefix                  = var.name_prefix
  domain_name                  = var.domain_name
  service_fqdn                 = local.service_fqdn
  zone_id                      = local.zone_id
  notification_email           = var.notification_email
  table_name                   = aws_dynamodb_table.items.name
  control_table_name           = aws_dynamodb_table.control.name
  write_mode                   = var.write_mode
  replication_timeout_ms       = var.replication_timeout_ms
  router_memory_mb             = var.router_memory_mb
  router_zip                   = var.router_zip
  activities_zip               = var.activities_zip
  log_retention_days           = var.log_retention_days
  lambda_error_threshold       = var.lambda_error_threshold
  throttle_threshold           = var.throttle_threshold
  replication_lag_threshold_ms = var.replication_lag_threshold_ms
}
