output "alb_dns_name" {
  description = "This region's load balancer."
  value       = aws_lb.service.dns_name
}

output "regional_fqdn" {
  description = "This region's own name (its certificate covers it)."
  value       = local.regional_fqdn
}

output "state_machine_arns" {
  description = "The state machines, by workflow."
  value = {
    failover    = aws_sfn_state_machine.workflow["failover"].arn
    failback    = aws_sfn_state_machine.workflow["failback"].arn
    consistency = aws_sfn_state_machine.workflow["consistency"].arn
    rollback    = aws_sfn_state_machine.workflow["rollback"].arn
  }
}

output "topic_arn" {
  description = "This region's notification topic."
  value       = aws_sns_topic.notifications.arn
}

output "router_function_name" {
  description = "The traffic-router function; its live alias serves the ALB."
  value       = aws_lambda_function.router.function_name
}
