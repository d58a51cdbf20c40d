package io.drkit.infra;

import static io.drkit.infra.Terraform.MODULE;
import static io.drkit.infra.Terraform.ROOT;
import static io.drkit.infra.Terraform.block;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The gate on the Terraform: what a reviewer would check by hand, checked on every build. Parsed with hcl4j; the
 * terraform binary, when present, also checks formatting (providers cannot be downloaded here, so no validate).
 */
class InfrastructureTest {

  private static final Path REPOSITORY = ROOT.getParent();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

  @Test
  void everyFileParses() {
    assertThat(Terraform.allFiles()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(Terraform::parse);
  }

  @Test
  void bothRegionsGetTheFullStackThroughTheirOwnProvider() {
    Map<String, Object> modules = block(Terraform.merged(ROOT), "module");
    assertThat(modules).containsOnlyKeys("primary", "secondary");
    Set<String> required = requiredVariables(MODULE);
    for (String name : List.of("primary", "secondary")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> module = (Map<String, Object>) modules.get(name);
      assertThat(module.get("source")).isEqualTo("./modules/regional-stack");
      assertThat(module.keySet()).as(name + " sets every variable of the module").containsAll(required);
    }
    String root = Terraform.allText(ROOT);
    assertThat(root).contains("aws = aws.primary").contains("aws = aws.secondary");
    assertThat(root).containsPattern("module \"primary\"[\\s\\S]*region\\s+= var.primary_region[\\s\\S]*"
        + "peer_region\\s+= var.secondary_region");
    assertThat(root).containsPattern("module \"secondary\"[\\s\\S]*region\\s+= var.secondary_region[\\s\\S]*"
        + "peer_region\\s+= var.primary_region");
  }

  @Test
  void everyVariableHasADescriptionAndAType() {
    for (Path dir : List.of(ROOT, MODULE)) {
      Map<String, Object> variables = block(Terraform.merged(dir), "variable");
      assertThat(variables).isNotEmpty();
      variables.forEach((name, body) -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) body;
        assertThat(v).as(dir.getFileName() + " variable " + name).containsKeys("description", "type");
        assertThat(String.valueOf(v.get("description"))).as("variable " + name).isNotBlank();
      });
    }
  }

  @Test
  void tablesHavePointInTimeRecoveryEncryptionStreamsAndAReplica() {
    Map<String, Object> tables = block(Terraform.merged(ROOT), "resource", "aws_dynamodb_table");
    assertThat(tables).containsOnlyKeys("items", "control");
    tables.forEach((name, body) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> t = (Map<String, Object>) body;
      assertThat(t.get("billing_mode")).isEqualTo("PAY_PER_REQUEST");
      assertThat(t.get("stream_enabled")).isEqualTo(true);
      assertThat(t.get("stream_view_type")).isEqualTo("NEW_AND_OLD_IMAGES");
      assertThat(block(t, "point_in_time_recovery").get("enabled")).as(name + " PITR").isEqualTo(true);
      assertThat(block(t, "server_side_encryption").get("enabled")).as(name + " encryption").isEqualTo(true);
      assertThat(block(t, "replica").get("point_in_time_recovery")).as(name + " replica PITR").isEqualTo(true);
    });
  }

  @Test
  void healthChecksAndTtlFitTheDocumentedRecoveryBudget() {
    Map<String, Object> variables = block(Terraform.merged(ROOT), "variable");
    double interval = number(variables, "health_check_interval");
    double threshold = number(variables, "health_check_failure_threshold");
    double ttl = number(variables, "dns_ttl");
    double budget = number(variables, "rto_budget_seconds");
    assertThat(interval * threshold + ttl).as("detection plus DNS caching").isLessThanOrEqualTo(budget);
    String docs = Terraform.text(REPOSITORY.resolve("docs/deployment.md"));
    assertThat(docs).contains(String.format("%.0f s", budget));

    Map<String, Object> check = block(Terraform.merged(ROOT), "resource", "aws_route53_health_check", "region");
    assertThat(check.get("resource_path")).isEqualTo("/health");
    assertThat(check.get("type")).isEqualTo("HTTPS");
    assertThat(block(Terraform.merged(ROOT), "locals", "failover")).containsOnlyKeys("primary", "secondary");
    String root = Terraform.allText(ROOT);
    assertThat(root).contains("request_interval  = var.health_check_interval")
        .contains("failure_threshold = var.health_check_failure_threshold")
        .contains("ttl             = var.dns_ttl")
        .contains("var.health_check_interval * var.health_check_failure_threshold + var.dns_ttl <= var.rto_budget_seconds");
    assertThat(root).contains("role = \"PRIMARY\"").contains("role = \"SECONDARY\"")
        .contains("for_each          = local.failover").contains("health_check_id = aws_route53_health_check.region[each.key].id");
  }

  @Test
  void everyReferencedWorkflowAndRuleFileExistsAndEveryPlaceholderIsFilled() throws IOException {
    String module = Terraform.allText(MODULE);
    assertThat(module).contains("workflows/src/main/resources/statemachines").contains("workflows/src/main/resources/eventbridge");
    Set<String> activities = activityNames();
    Set<String> filled = new HashSet<>(activities);
    filled.add("ConsistencyStateMachine");
    assertThat(module).contains("ConsistencyStateMachine = ");
    Set<String> used = new TreeSet<>(Set.of("HealthCheck", "ConsistencyStateMachine")); // the schedule runs HealthCheck
    for (String workflow : List.of("failover", "failback", "consistency", "rollback")) {
      assertThat(module).contains("\"" + workflow + "\"");
      Path file = REPOSITORY.resolve("workflows/src/main/resources/statemachines/" + workflow + ".asl.json");
      assertThat(file).exists();
      assertThat(placeholders(Files.readString(file))).as(workflow + "'s placeholders").isSubsetOf(filled);
      used.addAll(placeholders(Files.readString(file)));
    }
    assertThat(used).as("every activity function is a step some workflow or the schedule runs").containsAll(activities);
    assertThat(activities).as("one function per step, named as the catalog names it (its STEP variable)")
        .isEqualTo(new TreeSet<>(io.drkit.activities.ActivityCatalog.NAMES));
    Matcher rules = Pattern.compile("eventbridge_dir}/([a-z-]+\\.[a-z-]+\\.json)\", \\{([^}]*)}").matcher(module);
    Matcher plainFiles = Pattern.compile("eventbridge_dir}/([a-z-]+\\.[a-z-]+\\.json)").matcher(module);
    List<String> referenced = new ArrayList<>();
    while (plainFiles.find()) {
      referenced.add(plainFiles.group(1));
    }
    assertThat(referenced).contains("peer-unhealthy.pattern.json", "peer-unhealthy.input-paths.json",
        "peer-unhealthy.input-template.json", "router-errors.pattern.json", "router-errors.input-paths.json",
        "router-errors.input-template.json");
    for (String name : referenced) {
      assertThat(REPOSITORY.resolve("workflows/src/main/resources/eventbridge/" + name)).exists();
    }
    while (rules.find()) {
      Set<String> given = new TreeSet<>();
      Matcher keys = Pattern.compile("([A-Za-z]+)\\s*=").matcher(rules.group(2));
      while (keys.find()) {
        given.add(keys.group(1));
      }
      String content = Files.readString(REPOSITORY.resolve("workflows/src/main/resources/eventbridge/" + rules.group(1)));
      assertThat(placeholders(content)).as(rules.group(1)).isSubsetOf(given);
    }
  }

  @Test
  void iamIsScopedNoWildcardActionsAndWildcardResourcesOnlyWhereNamed() {
    String module = Terraform.allText(MODULE);
    assertThat(module).doesNotContainPattern("actions\\s*=\\s*\\[[^\\]]*\"[a-z0-9]+:\\*\"")
        .doesNotContainPattern("actions\\s*=\\s*\\[[^\\]]*\"\\*\"");
    Matcher star = Pattern.compile("\\[\"\\*\"]").matcher(module);
    int wildcards = 0;
    while (star.find()) {
      int sidAt = module.lastIndexOf("sid", star.start());
      Matcher sid = Pattern.compile("sid\\s*=\\s*\"([A-Za-z]+)\"").matcher(module.substring(sidAt));
      assertThat(sid.lookingAt()).as("a * resource belongs to a named statement").isTrue();
      assertThat(sid.group(1)).startsWith("NoNarrowerResource");
      String before = module.substring(Math.max(0, sidAt - 300), sidAt);
      assertThat(before).as("a comment says why " + sid.group(1) + " needs *").contains("#");
      wildcards++;
    }
    assertThat(wildcards).as("the two places AWS offers nothing narrower").isEqualTo(2);
    // every activity has its own role and policy
    assertThat(module).contains("resource \"aws_iam_role\" \"activity\" {\n  for_each           = local.activities");
  }

  @Test
  void eachHandlerNamedInTerraformExistsInItsPackage() throws IOException {
    Path routerZip = REPOSITORY.resolve("api-lambda/target/traffic-router.zip");
    Path activitiesZip = REPOSITORY.resolve("activities/target/activities.zip");
    Assumptions.assumeTrue(Files.exists(routerZip) && Files.exists(activitiesZip),
        "the deployment packages are built by mvn package; run the build first");
    String module = Terraform.allText(MODULE);
    Matcher handlers = Pattern.compile("handler\\s*=\\s*\"([a-zA-Z0-9_.]+)(::[a-zA-Z]+)?\"").matcher(module);
    int seen = 0;
    while (handlers.find()) {
      String className = handlers.group(1);
      Path zip = className.startsWith("io.drkit.router.") ? routerZip : activitiesZip;
      try (ZipFile archive = new ZipFile(zip.toFile())) {
        assertThat(archive.getEntry(className.replace('.', '/') + ".class")).as(className + " in " + zip.getFileName())
            .isNotNull();
      }
      seen++;
    }
    assertThat(seen).as("the router's handler, and the one handler of every step").isEqualTo(2);
    assertThat(module).contains("{ STEP = each.key }");
  }

  @Test
  void functionsRunJava21WithSnapStartAndLogsAreKeptSevenDays() {
    String module = Terraform.allText(MODULE);
    assertThat(count(module, "runtime          = \"java21\"")).isEqualTo(2);
    assertThat(count(module, "apply_on = \"PublishedVersions\"")).isEqualTo(2);
    assertThat(count(module, "retention_in_days = var.log_retention_days")).isEqualTo(3);
    assertThat(number(block(Terraform.merged(ROOT), "variable"), "log_retention_days")).isEqualTo(7);
  }

  @Test
  void theAlarmsThatMatterAreThereAndTheRulesMatchTheirAlarms() {
    Map<String, Object> alarms = block(Terraform.merged(MODULE), "resource", "aws_cloudwatch_metric_alarm");
    assertThat(alarms).containsKeys("peer_unhealthy", "router_errors", "table_throttles", "replication_lag",
        "unhealthy_targets");
    assertThat(Terraform.allText(MODULE)).contains("alarm_name          = \"${var.name_prefix}-peer-unhealthy-${var.peer_region}\"");
    assertThat(Terraform.text(REPOSITORY.resolve("workflows/src/main/resources/eventbridge/peer-unhealthy.pattern.json")))
        .contains("\"prefix\": \"${NamePrefix}-peer-unhealthy-\"");
    assertThat(Terraform.allText(MODULE)).contains("alarm_name          = \"${var.name_prefix}-router-errors-${var.region}\"");
    assertThat(Terraform.text(REPOSITORY.resolve("workflows/src/main/resources/eventbridge/router-errors.pattern.json")))
        .contains("\"prefix\": \"${NamePrefix}-router-errors-\"");
  }

  @Test
  void terraformFormattingIsClean() throws Exception {
    Process probe;
    try {
      probe = new ProcessBuilder("terraform", "fmt", "-check", "-recursive").directory(ROOT.toFile())
          .redirectErrorStream(true).start();
    } catch (IOException absent) {
      System.out.println("terraform is not on the PATH: formatting not checked (the hcl4j checks above still ran)");
      Assumptions.abort("terraform is not on the PATH");
      return;
    }
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(probe.getInputStream().readAllBytes());
    assertThat(probe.exitValue()).as("terraform fmt -check: " + output).isZero();
  }

  @Test
  void operationsScriptsAreStrictDocumentedAndCleanUnderShellcheck() throws Exception {
    List<Path> scripts = List.of(REPOSITORY.resolve("scripts/deploy.sh"), REPOSITORY.resolve("scripts/rollback.sh"),
        REPOSITORY.resolve("scripts/test-failover.sh"));
    for (Path script : scripts) {
      String text = Files.readString(script);
      assertThat(text).as(script.getFileName().toString()).startsWith("#!/usr/bin/env bash")
          .contains("set -euo pipefail").contains("--help").contains("is not installed or not on the PATH");
      assertThat(Files.isExecutable(script)).isTrue();
    }
    Process check;
    try {
      List<String> command = new ArrayList<>(List.of("shellcheck"));
      scripts.forEach(s -> command.add(s.toString()));
      check = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException absent) {
      System.out.println("shellcheck is not on the PATH: the scripts were not linted");
      Assumptions.abort("shellcheck is not on the PATH");
      return;
    }
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
  }

  private static Set<String> activityNames() {
    Map<String, Object> locals = block(Terraform.parse(MODULE.resolve("iam.tf")), "locals");
    @SuppressWarnings("unchecked")
    Map<String, Object> activities = (Map<String, Object>) locals.get("activities");
    return new TreeSet<>(activities.keySet());
  }

  private static Set<String> requiredVariables(Path dir) {
    Set<String> required = new TreeSet<>();
    block(Terraform.merged(dir), "variable").forEach((name, body) -> {
      if (!((Map<?, ?>) body).containsKey("default")) {
        required.add(name);
      }
    });
    return required;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static double number(Map<String, Object> variables, String name) {
    Object value = ((Map<?, ?>) variables.get(name)).get("default");
    return ((Number) value).doubleValue();
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
