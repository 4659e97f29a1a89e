package dev.aksca.nativeimage;

import dev.aksca.cluster.AgentPool;
import dev.aksca.cluster.ClusterRef;
import dev.aksca.cluster.ManagedCluster;
import dev.aksca.error.Problem;
import dev.aksca.error.ProblemType;
import dev.aksca.policy.AccessPolicy;
import dev.aksca.policy.AccessPolicyList;
import dev.aksca.policy.AccessPolicyService;
import dev.aksca.policy.ApplyRequest;
import dev.aksca.policy.GrantControl;
import dev.aksca.policy.GrantControls;
import dev.aksca.policy.GrantOperator;
import dev.aksca.policy.Outcome;
import dev.aksca.policy.PolicyKind;
import dev.aksca.policy.PolicyState;
import dev.aksca.readiness.CheckStatus;
import dev.aksca.readiness.Readiness;
import dev.aksca.readiness.ReadinessCheck;
import dev.aksca.verification.Decision;
import dev.aksca.verification.Evaluation;
import dev.aksca.verification.EvaluationRequest;
import dev.aksca.verification.Verdict;
import dev.aksca.verification.Verification;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The service's own API types, for a native image. Jackson reads and writes records through their accessors and
 * canonical constructors and enums through {@code @JsonValue}/{@code @JsonCreator} methods, all by reflection.
 * Quarkus REST registers the types in resource method signatures, but not those reached only through a field, a
 * generic {@code List<...>}, a JAX-RS {@code Response} entity or an exception mapper; listing them all here keeps
 * the native image independent of which of those paths a type happens to take. {@code NativeReflectionTest}
 * fails when a public record or enum of an API package is missing from this list.
 */
@RegisterForReflection(targets = {
    AccessPolicy.class, AccessPolicy.Application.class, AccessPolicy.Change.class, AccessPolicyList.class,
    AccessPolicyService.Applied.class, ApplyRequest.class, GrantControls.class,
    GrantControl.class, GrantOperator.class, Outcome.class, PolicyKind.class, PolicyState.class,
    Verification.class, Verification.Summary.class, Verification.SignIn.class, Verdict.class,
    Readiness.class, ReadinessCheck.class, CheckStatus.class,
    Evaluation.class, Evaluation.Policy.class, EvaluationRequest.class, Decision.class,
    Problem.class, Problem.FieldError.class, ProblemType.class,
    ClusterRef.class, ManagedCluster.class, AgentPool.class
})
public final class ApiTypesReflection {

    private ApiTypesReflection() {
    }
}
