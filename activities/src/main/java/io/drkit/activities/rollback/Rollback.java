package io.drkit.activities.rollback;

import static io.drkit.core.tables.TableSchema.CONTROL_KEY;

import DR.InvalidInput;
import DR.RollbackFailed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Clients;
import io.drkit.activities.support.Input;
import io.drkit.activities.support.Json;
import io.drkit.activities.traffic.FailoverRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * The rollback steps: a snapshot of what is about to change (an on-demand backup, the routing records, the router
 * alias's version), then each target undone on its own (alias to an earlier version, table restored to a point in
 * time or from a backup, routing records restored), then a check that each took. Every step can run twice.
 */
public final class Rollback {

  private final Clients clients;
  private final Clock clock;

  public Rollback(Clients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Input: {@code {"token"}} (the execution's name): returns the snapshot's parts. */
  public JsonNode snapshot(JsonNode json) {
    Input input = Input.of(json);
    String token = input.text("token");
    String region = clients.settings().region();
    String table = clients.settings().tables().application();
    String backupName = "dr-rollback-" + token.replaceAll("[^A-Za-z0-9_.-]", "-");
    String backupArn = clients.dynamoDb(region).listBackups(b -> b.tableName(table)).backupSummaries().stream()
        .filter(s -> s.backupName().equals(backupName)).map(s -> s.backupArn()).findFirst()
        .orElseGet(() -> clients.dynamoDb(region).createBackup(b -> b.tableName(table).backupName(backupName))
            .backupDetails().backupArn());
    ObjectNode result = Json.object();
    result.put("snapshotId", token);
    result.put("backupArn", backupArn);
    records().ifPresent(records -> {
      var saved = RecordSets.toJson(records.current());
      clients.control(region);
      clients.dynamoDb(region).putItem(b -> b.tableName(clients.settings().tables().control()).item(Map.of(
          CONTROL_KEY, AttributeValue.fromS("snapshot#" + token),
          "records", AttributeValue.fromS(Json.write(saved)),
          "takenAt", AttributeValue.fromS(clock.instant().toString()))));
      result.put("records", saved.size());
    });
    aliasVersion().ifPresent(v -> result.put("aliasVersion", v));
    return result;
  }

  /**
   * Input: {@code {"toVersion"?, "automatic"?}}: points the router alias at the given version, or the one before it.
   * An automatic rollback (an alarm started it) never goes past a version a rollback already returned to: a second
   * alarm on the same version leaves the alias where it is, so a fault that no deploy caused cannot walk the alias
   * back through every release.
   */
  public JsonNode rollbackAlias(JsonNode json) {
    Input input = Input.of(json);
    var lambda = clients.lambda(clients.settings().region());
    String function = clients.settings().routerFunction();
    String alias = clients.settings().routerAlias();
    String current = lambda.getAlias(b -> b.functionName(function).name(alias)).functionVersion();
    // one marker per region: the control table replicates, and each region's alias is rolled back on its own
    Map<String, AttributeValue> marker = Map.of(CONTROL_KEY,
        AttributeValue.fromS("rolled-back#" + clients.settings().region() + "#" + function));
    if (input.flag("automatic", false)) {
      var last = clients.dynamoDb(clients.settings().region()).getItem(b -> b.consistentRead(true)
          .tableName(clients.settings().tables().control()).key(marker)).item();
      if (last != null && last.containsKey("to") && current.equals(last.get("to").s())) {
        ObjectNode result = Json.object();
        result.put("function", function).put("alias", alias).put("from", current).put("to", current);
        result.put("skipped", "version " + current + " is where a rollback already returned; no deploy to undo");
        return result;
      }
    }
    String target = input.optionalText("toVersion").orElseGet(() -> previousVersion(function, current));
    if (!target.equals(current)) {
      // the marker first: a retry after the alias moved but before an answer came then stops at the marker
      Map<String, AttributeValue> record = new java.util.HashMap<>(marker);
      record.put("from", AttributeValue.fromS(current));
      record.put("to", AttributeValue.fromS(target));
      record.put("at", AttributeValue.fromS(clock.instant().toString()));
      clients.dynamoDb(clients.settings().region()).putItem(b -> b.tableName(clients.settings().tables().control())
          .item(record));
      lambda.updateAlias(b -> b.functionName(function).name(alias).functionVersion(target));
    }
    ObjectNode result = Json.object();
    result.put("function", function);
    result.put("alias", alias);
    result.put("from", current);
    result.put("to", target);
    return result;
  }

  /**
   * Input: {@code {"targetTableName", "source": "point-in-time"|"backup", "restoreTime"? | "backupArn"?}}: restores
   * into a new table (DynamoDB restores never overwrite); one that already exists is left as it is.
   */
  public JsonNode restoreTable(JsonNode json) {
    Input input = Input.of(json);
    String target = input.text("targetTableName");
    String source = input.optionalText("source").orElse("point-in-time");
    String table = clients.settings().tables().application();
    var dynamoDb = clients.dynamoDb(clients.settings().region());
    ObjectNode result = Json.object();
    result.put("targetTableName", target);
    if (exists(target)) {
      result.put("restored", false);
      result.put("note", "the table exists already");
      return result;
    }
    switch (source) {
      case "point-in-time" -> {
        Optional<Instant> at = input.optionalText("restoreTime").map(Rollback::instant);
        dynamoDb.restoreTableToPointInTime(b -> {
          b.sourceTableName(table).targetTableName(target);
          at.ifPresentOrElse(b::restoreDateTime, () -> b.useLatestRestorableTime(true));
        });
      }
      case "backup" -> {
        String backup = input.text("backupArn");
        dynamoDb.restoreTableFromBackup(b -> b.backupArn(backup).targetTableName(target));
      }
      default -> throw new InvalidInput("'source' must be point-in-time or backup, not '" + source + "'");
    }
    result.put("restored", true);
    result.put("source", source);
    return result;
  }

  /** Input: {@code {"snapshotId"}}: puts the routing records back as the snapshot saved them. */
  public JsonNode restoreRouting(JsonNode json) {
    Input input = Input.of(json);
    String token = input.text("snapshotId");
    FailoverRecords records = records().orElseThrow(() -> new InvalidInput("routing needs HOSTED_ZONE_ID and RECORD_NAME"));
    var saved = clients.dynamoDb(clients.settings().region()).getItem(b -> b.consistentRead(true)
        .tableName(clients.settings().tables().control())
        .key(Map.of(CONTROL_KEY, AttributeValue.fromS("snapshot#" + token)))).item();
    if (saved == null || saved.get("records") == null) {
      throw new InvalidInput("there is no routing snapshot " + token);
    }
    var list = RecordSets.fromJson(Json.parse(saved.get("records").s()));
    records.restore(list);
    ObjectNode result = Json.object();
    result.put("records", list.size());
    return result;
  }

  /**
   * Input: {@code {"aliasVersion"?, "targetTableName"?, "snapshotId"?}}: each given target is as the rollback left it,
   * else {@code DR.RollbackFailed}.
   */
  public JsonNode verify(JsonNode json) {
    Input input = Input.of(json);
    ObjectNode result = Json.object();
    input.optionalText("aliasVersion").ifPresent(expected -> {
      String actual = aliasVersion().orElse("none");
      if (!actual.equals(expected)) {
        throw new RollbackFailed("the alias points at version " + actual + ", not " + expected);
      }
      result.put("aliasVersion", actual);
    });
    input.optionalText("targetTableName").ifPresent(table -> {
      if (!exists(table)) {
        throw new RollbackFailed("the restored table " + table + " does not exist");
      }
      result.put("restoredTable", table);
    });
    input.optionalText("primaryRegion").ifPresent(expected -> {
      String actual = records().flatMap(FailoverRecords::primaryRegion).orElse("none");
      if (!actual.equals(expected)) {
        throw new RollbackFailed("the PRIMARY record is " + actual + ", not " + expected);
      }
      result.put("primaryRegion", actual);
    });
    result.put("verified", true);
    return result;
  }

  private boolean exists(String table) {
    try {
      TableStatus status = clients.dynamoDb(clients.settings().region()).describeTable(b -> b.tableName(table))
          .table().tableStatus();
      return status != null;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  private Optional<String> aliasVersion() {
    try {
      return Optional.of(clients.lambda(clients.settings().region()).getAlias(b -> b
          .functionName(clients.settings().routerFunction()).name(clients.settings().routerAlias())).functionVersion());
    } catch (software.amazon.awssdk.services.lambda.model.ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  private String previousVersion(String function, String current) {
    if (!current.matches("\\d+")) {
      throw new RollbackFailed("the alias points at " + current + ", not a published version; give toVersion");
    }
    long now = Long.parseLong(current);
    return clients.lambda(clients.settings().region()).listVersionsByFunctionPaginator(b -> b.functionName(function))
        .versions().stream()
        .map(FunctionConfiguration::version)
        .filter(v -> v.matches("\\d+") && Long.parseLong(v) < now)
        .max(java.util.Comparator.comparingLong(Long::parseLong))
        .orElseThrow(() -> new RollbackFailed("there is no published version before " + current + " of " + function));
  }

  private Optional<FailoverRecords> records() {
    var settings = clients.settings();
    if (settings.hostedZoneId().isEmpty() || settings.recordName().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FailoverRecords(clients.route53(), settings.hostedZoneId().get(), settings.recordName().get()));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput("'" + text + "' is not an ISO-8601 instant");
    }
  }
}
