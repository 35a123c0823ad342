package io.chataccess.bench;

import io.chataccess.policy.ChatClaim;
import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ClaimEncoder;
import io.chataccess.policy.ClaimScope;
import io.chataccess.policy.EffectivePermissions;
import io.chataccess.policy.Resolver;
import io.chataccess.policy.UserContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolution and claim encoding of the pure policy code on the generated realm, for the typical
 * agent, the supervisor over all 1,000 inboxes and the heaviest generated user. Sample mode gives
 * percentiles; run with {@code -prof gc} for allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolutionBenchmark {

  @Param({"typical", "supervisor", "heaviest"})
  public String who;

  private final Resolver resolver = new Resolver();
  private final ClaimEncoder encoder = new ClaimEncoder();
  private ChatPolicy policy;
  private UserContext user;
  private EffectivePermissions effective;

  @Setup
  public void generate() {
    ScalePolicy realm = new ScalePolicy(ScaleRealm.generate(ScaleRealmSeed.SEED));
    policy = realm.policy();
    String userId =
        switch (who) {
          case "typical" -> realm.typicalAgent();
          case "supervisor" -> ScaleRealm.SUPERVISOR;
          default -> realm.heaviestUser();
        };
    user = realm.user(userId);
    effective = resolver.resolve(policy, user);
  }

  @Benchmark
  public EffectivePermissions resolve() {
    return resolver.resolve(policy, user);
  }

  @Benchmark
  public ChatClaim encodeClaim() {
    return encoder.encode(
        policy.tree(),
        effective,
        ClaimScope.everything(),
        200,
        policy.revision(),
        List.of(),
        List.of());
  }
}
