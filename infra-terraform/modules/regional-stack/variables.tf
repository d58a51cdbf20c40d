variable "region" {
  description = "The region this stack runs in (the provider's region)."
  type        = string
}

variable "peer_region" {
  description = "The other region: this region watches its health and fails over from it."
  type        = string
}

variable "name_prefix" {
  description = "Prefix of resource names."
  type        = string
}

variable "domain_name" {
  description = "The DNS domain of the deployment."
  type        = string
}

variable "service_fqdn" {
  description = "The service's failover name (certificates cover it)."
  type        = string
}

variable "zone_id" {
  description = "The hosted zone for certificate validation and this region's own record."
  type        = string
}

variable "notification_email" {
  description = "Subscribed to this region's SNS topic."
  type        = string
}

variable "table_name" {
  description = "The item global table."
  type        = string
}

variable "control_table_name" {
  description = "The control global table."
  type        = string
}

variable "write_mode" {
  description = "The traffic-router's write mode: async or replicated."
  type        = string
}

variable "replication_timeout_ms" {
  description = "Replicated mode's wait for the peer, in milliseconds."
  type        = number
}

variable "router_memory_mb" {
  description = "Memory of the traffic-router function."
  type        = number
}

variable "router_zip" {
  description = "Path of the traffic-router deployment package."
  type        = string
}

variable "activities_zip" {
  description = "Path of the activities deployment package."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the log groups."
  type        = number
}

variable "lambda_error_threshold" {
  description = "Router errors in 5 minutes above which the alarm fires."
  type        = number
}

variable "throttle_threshold" {
  description = "Throttled table requests in 5 minutes above which the alarm fires."
  type        = number
}

variable "replication_lag_threshold_ms" {
  description = "Replication latency into this region above which the alarm fires."
  type        = number
}
