variable "primary_region" {
  description = "The region Route 53 prefers while both are healthy (PRIMARY failover record)."
  type        = string
  default     = "ap-south-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.primary_region))
    error_message = "primary_region must be an AWS region name such as ap-south-1."
  }
}

variable "secondary_region" {
  description = "The other region (SECONDARY failover record); it must differ from primary_region."
  type        = string
  default     = "ap-southeast-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.secondary_region))
    error_message = "secondary_region must be an AWS region name such as ap-southeast-1."
  }
}

variable "name_prefix" {
  description = "Prefix of every resource name (tables excepted), so that several deployments can share an account."
  type        = string
  default     = "dr"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.name_prefix))
    error_message = "name_prefix must be 2 to 21 lower-case letters, digits or dashes, starting with a letter."
  }
}

variable "domain_name" {
  description = "The DNS domain the service is published under, e.g. example.com; the hosted zone is for it."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}$", var.domain_name))
    error_message = "domain_name must be a lower-case DNS name such as example.com."
  }
}

variable "service_subdomain" {
  description = "The service's name under domain_name: clients call https://<service_subdomain>.<domain_name>."
  type        = string
  default     = "api"

  validation {
    condition     = can(regex("^[a-z0-9-]{1,63}$", var.service_subdomain))
    error_message = "service_subdomain must be one DNS label."
  }
}

variable "hosted_zone_id" {
  description = "An existing public hosted zone for domain_name; empty to create one (its name servers are an output)."
  type        = string
  default     = ""
}

variable "notification_email" {
  description = "Where each region's SNS topic sends workflow notifications and alarms (the subscription must be confirmed)."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.notification_email))
    error_message = "notification_email must be an e-mail address."
  }
}

variable "table_name" {
  description = "The application's global table (items)."
  type        = string
  default     = "dr-items"

  validation {
    condition     = can(regex("^[a-zA-Z0-9_.-]{3,255}$", var.table_name))
    error_message = "table_name must be a valid DynamoDB table name."
  }
}

variable "control_table_name" {
  description = "The control global table (fences, heartbeats, idempotency records, workflow locks)."
  type        = string
  default     = "dr-control"

  validation {
    condition     = can(regex("^[a-zA-Z0-9_.-]{3,255}$", var.control_table_name))
    error_message = "control_table_name must be a valid DynamoDB table name."
  }
}

variable "write_mode" {
  description = "async: acknowledge a write once stored locally (RPO = replication lag); replicated: once the peer region serves it (RPO 0 for acknowledged writes)."
  type        = string
  default     = "async"

  validation {
    condition     = contains(["async", "replicated"], var.write_mode)
    error_message = "write_mode must be async or replicated."
  }
}

variable "replication_timeout_ms" {
  description = "In replicated mode, how long a write waits for the peer region before answering 503 replication_unconfirmed."
  type        = number
  default     = 2000

  validation {
    condition     = var.replication_timeout_ms >= 100 && var.replication_timeout_ms <= 10000
    error_message = "replication_timeout_ms must be from 100 to 10000."
  }
}

variable "health_check_interval" {
  description = "Seconds between Route 53 health checks of each region's /health: 10 (fast) or 30 (standard)."
  type        = number
  default     = 10

  validation {
    condition     = contains([10, 30], var.health_check_interval)
    error_message = "health_check_interval must be 10 or 30 (Route 53's two request intervals)."
  }
}

variable "health_check_failure_threshold" {
  description = "Consecutive failed health checks before Route 53 considers a region unhealthy (1 to 10)."
  type        = number
  default     = 3

  validation {
    condition     = var.health_check_failure_threshold >= 1 && var.health_check_failure_threshold <= 10
    error_message = "health_check_failure_threshold must be from 1 to 10."
  }
}

variable "dns_ttl" {
  description = "TTL in seconds of the service's failover records; clients may keep the old answer this long after a failover."
  type        = number
  default     = 60

  validation {
    condition     = var.dns_ttl >= 1 && var.dns_ttl <= 300
    error_message = "dns_ttl must be from 1 to 300 seconds."
  }
}

variable "rto_budget_seconds" {
  description = "The recovery time the deployment is configured for: health checks (interval x threshold) plus the DNS TTL must fit in it."
  type        = number
  default     = 120
}

variable "lambda_error_threshold" {
  description = "Alarm when the traffic-router reports more than this many errors in 5 minutes."
  type        = number
  default     = 5
}

variable "throttle_threshold" {
  description = "Alarm when the item table throttles more than this many requests in 5 minutes."
  type        = number
  default     = 10
}

variable "replication_lag_threshold_ms" {
  description = "Alarm when global-table replication latency into a region exceeds this (milliseconds, average over a minute)."
  type        = number
  default     = 5000
}

variable "router_memory_mb" {
  description = "Memory of the traffic-router function (more memory also means more CPU)."
  type        = number
  default     = 1024
}

variable "router_zip" {
  description = "The traffic-router's deployment package, built by mvn package."
  type        = string
  default     = "../api-lambda/target/traffic-router.zip"
}

variable "activities_zip" {
  description = "The workflow activities' deployment package, built by mvn package."
  type        = string
  default     = "../activities/target/activities.zip"
}

variable "log_retention_days" {
  description = "How long CloudWatch keeps the functions' and state machines' logs."
  type        = number
  default     = 7
}

variable "tags" {
  description = "Tags added to every resource, beside the project's own."
  type        = map(string)
  default     = {}
}
