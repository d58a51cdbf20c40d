package io.drkit.activities.testing;

import io.drkit.activities.ActivityPorts;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.RegionConfig;
import java.net.URI;
import java.util.Optional;

/**
 * Two regions, Mumbai (primary) and Singapore, with the activities running in Singapore (the recovery region of a
 * failover away from Mumbai); every port in memory.
 */
public final class TestRegions {

  public static final String MUMBAI = "ap-south-1";
  public static final String SINGAPORE = "ap-southeast-1";
  public static final URI MUMBAI_HEALTH = URI.create("http://mumbai.example/health");
  public static final URI SINGAPORE_HEALTH = URI.create("http://singapore.example/health");
  public static final String TOPIC = "arn:aws:sns:ap-southeast-1:000000000000:dr-notifications";

  public final ManualTime time = ManualTime.at("2026-12-02T10:00:00Z");
  public final InMemoryControl control = new InMemoryControl();
  public final InMemoryLocks locks = new InMemoryLocks();
  public final StubProbe probe = new StubProbe();
  public final InMemoryRouting routing = new InMemoryRouting(MUMBAI, SINGAPORE);
  public final RecordingTopic topic = new RecordingTopic(Optional.of(TOPIC));
  public final RecordingMetrics metrics = new RecordingMetrics();
  public final InMemoryItems items = new InMemoryItems();
  public final InMemoryAlias alias = new InMemoryAlias("3", "1", "2", "3");
  public final InMemoryBackups backups = new InMemoryBackups();

  public static ActivitySettings settings(String here) {
    return ActivitySettings.builder().region(here)
        .putRegions(MUMBAI, new RegionConfig(MUMBAI, Optional.empty(), Optional.of(MUMBAI_HEALTH), Optional.empty()))
        .putRegions(SINGAPORE, new RegionConfig(SINGAPORE, Optional.empty(), Optional.of(SINGAPORE_HEALTH),
            Optional.of(TOPIC)))
        .build();
  }

  public ActivitySettings settings() {
    return settings(SINGAPORE);
  }

  public ActivityPorts ports() {
    return ActivityPorts.builder().settings(settings()).control(control).locks(locks).probe(probe)
        .outside(io.drkit.activities.assess.OutsideView.none()).routing(Optional.of(routing)).topic(topic)
        .metrics(metrics).items(items).alias(alias).backups(backups).clock(time).timer(time).build();
  }
}
