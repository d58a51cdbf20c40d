locals {
  regional_fqdn = "${var.region}.${var.service_fqdn}"
  # one validation record per name the certificate covers: the service name and this region's own name
  certificate_validation = tolist(aws_acm_certificate.service.domain_validation_options)
}

resource "aws_acm_certificate" "service" {
  domain_name               = var.service_fqdn
  subject_alternative_names = [local.regional_fqdn]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

# Both regions validate the same names: the validation records are identical, so either may write them.
resource "aws_route53_record" "certificate_validation" {
  count           = 2
  zone_id         = var.zone_id
  name            = local.certificate_validation[count.index].resource_record_name
  type            = local.certificate_validation[count.index].resource_record_type
  records         = [local.certificate_validation[count.index].resource_record_value]
  ttl             = 60
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "service" {
  certificate_arn         = aws_acm_certificate.service.arn
  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]
}

resource "aws_lb" "service" {
  name                       = "${var.name_prefix}-alb"
  load_balancer_type         = "application"
  internal                   = false
  security_groups            = [aws_security_group.alb.id]
  subnets                    = [aws_subnet.public_a.id, aws_subnet.public_b.id]
  drop_invalid_header_fields = true
}

resource "aws_lb_target_group" "router" {
  name        = "${var.name_prefix}-router"
  target_type = "lambda"

  # the router answers multi-value headers and query strings when the ALB sends them
  lambda_multi_value_headers_enabled = true

  health_check {
    enabled             = true
    path                = "/health"
    interval            = 35
    timeout             = 30
    healthy_threshold   = 2
    unhealthy_threshold = 2
    matcher             = "200"
  }
}

resource "aws_lambda_permission" "alb_invokes_router" {
  statement_id  = "AllowAlbInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.router.function_name
  qualifier     = aws_lambda_alias.router_live.name
  principal     = "elasticloadbalancing.amazonaws.com"
  source_arn    = aws_lb_target_group.router.arn
}

resource "aws_lb_target_group_attachment" "router" {
  target_group_arn = aws_lb_target_group.router.arn
  target_id        = aws_lambda_alias.router_live.arn
  depends_on       = [aws_lambda_permission.alb_invokes_router]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.service.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.service.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.router.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.service.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

# This region's own name, beside the failover name: the peer's health-checker and regional drills reach it.
resource "aws_route53_record" "regional" {
  zone_id = var.zone_id
  name    = local.regional_fqdn
  type    = "CNAME"
  ttl     = 60
  records = [aws_lb.service.dns_name]
}
