package io.drkit.activities.rollback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.activities.support.Json;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Route 53 record sets to JSON and back, to keep a routing snapshot in the control table. */
final class RecordSets {

  private RecordSets() {}

  static ArrayNode toJson(List<ResourceRecordSet> records) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (ResourceRecordSet r : records) {
      ObjectNode o = array.addObject();
      o.put("name", r.name());
      o.put("type", r.typeAsString());
      if (r.setIdentifier() != null) {
        o.put("setIdentifier", r.setIdentifier());
      }
      if (r.failoverAsString() != null) {
        o.put("failover", r.failoverAsString());
      }
      if (r.ttl() != null) {
        o.put("ttl", r.ttl());
      }
      if (r.healthCheckId() != null) {
        o.put("healthCheckId", r.healthCheckId());
      }
      if (r.hasResourceRecords()) {
        ArrayNode values = o.putArray("values");
        r.resourceRecords().forEach(v -> values.add(v.value()));
      }
      if (r.aliasTarget() != null) {
        o.putObject("alias").put("hostedZoneId", r.aliasTarget().hostedZoneId())
            .put("dnsName", r.aliasTarget().dnsName())
            .put("evaluateTargetHealth", Boolean.TRUE.equals(r.aliasTarget().evaluateTargetHealth()));
      }
    }
    return array;
  }

  static List<ResourceRecordSet> fromJson(JsonNode array) {
    List<ResourceRecordSet> records = new ArrayList<>();
    for (JsonNode o : array) {
      ResourceRecordSet.Builder b = ResourceRecordSet.builder().name(o.path("name").asText()).type(o.path("type").asText());
      if (o.has("setIdentifier")) {
        b.setIdentifier(o.get("setIdentifier").asText());
      }
      if (o.has("failover")) {
        b.failover(o.get("failover").asText());
      }
      if (o.has("ttl")) {
        b.ttl(o.get("ttl").asLong());
      }
      if (o.has("healthCheckId")) {
        b.healthCheckId(o.get("healthCheckId").asText());
      }
      if (o.has("values")) {
        List<ResourceRecord> values = new ArrayList<>();
        o.get("values").forEach(v -> values.add(ResourceRecord.builder().value(v.asText()).build()));
        b.resourceRecords(values);
      }
      if (o.has("alias")) {
        JsonNode a = o.get("alias");
        b.aliasTarget(AliasTarget.builder().hostedZoneId(a.path("hostedZoneId").asText())
            .dnsName(a.path("dnsName").asText()).evaluateTargetHealth(a.path("evaluateTargetHealth").asBoolean())
            .build());
      }
      records.add(b.build());
    }
    return records;
  }
}
