output "service_endpoint" {
  description = "What clients call: the failover name, answered by the healthy region."
  value       = "https://${local.service_fqdn}"
}

output "primary_alb_dns_name" {
  description = "The primary region's load balancer."
  value       = module.primary.alb_dns_name
}

output "secondary_alb_dns_name" {
  description = "The secondary region's load balancer."
  value       = module.secondary.alb_dns_name
}

output "regional_endpoints" {
  description = "Each region's own name, for probes and drills that must reach one region."
  value = zipmap([var.primary_region, var.secondary_region],
  ["https://${module.primary.regional_fqdn}", "https://${module.secondary.regional_fqdn}"])
}

output "table_names" {
  description = "The global tables."
  value = {
    items   = aws_dynamodb_table.items.name
    control = aws_dynamodb_table.control.name
  }
}

output "state_machine_arns" {
  description = "Each region's state machines, by workflow."
  value = zipmap([var.primary_region, var.secondary_region],
  [module.primary.state_machine_arns, module.secondary.state_machine_arns])
}

output "topic_arns" {
  description = "Each region's notification topic."
  value       = zipmap([var.primary_region, var.secondary_region], [module.primary.topic_arn, module.secondary.topic_arn])
}

output "hosted_zone_id" {
  description = "The hosted zone of the service name."
  value       = local.zone_id
}

output "name_servers" {
  description = "The created zone's name servers (delegate domain_name to them); empty when hosted_zone_id was given."
  value       = var.hosted_zone_id == "" ? aws_route53_zone.service[0].name_servers : []
}

output "primary_region" {
  description = "The region of the PRIMARY failover record."
  value       = var.primary_region
}

output "secondary_region" {
  description = "The region of the SECONDARY failover record."
  value       = var.secondary_region
}

output "name_prefix" {
  description = "The prefix of every resource name: alarms are <prefix>-peer-unhealthy-<region> and <prefix>-router-errors-<region>."
  value       = var.name_prefix
}

output "router_function_names" {
  description = "Each region's traffic-router function, for drills that isolate a region (reserved concurrency 0)."
  value = zipmap([var.primary_region, var.secondary_region],
  [module.primary.router_function_name, module.secondary.router_function_name])
}

output "health_check_ids" {
  description = "Each region's Route 53 health check, for drills that flap it (inversion) and watch it."
  value = zipmap([var.primary_region, var.secondary_region],
  [aws_route53_health_check.region["primary"].id, aws_route53_health_check.region["secondary"].id])
}

output "regions" {
  description = "The regions, the primary first (maps in terraform output -json are sorted by key; this list is not)."
  value       = [var.primary_region, var.secondary_region]
}
