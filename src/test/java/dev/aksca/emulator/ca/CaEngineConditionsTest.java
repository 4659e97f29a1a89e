package dev.aksca.emulator.ca;

import static dev.aksca.emulator.ca.PolicyJson.AKS_ADMINS;
import static dev.aksca.emulator.ca.PolicyJson.AKS_SERVER;
import static dev.aksca.emulator.ca.PolicyJson.ALICE;
import static dev.aksca.emulator.ca.PolicyJson.ENGINEERS;
import static dev.aksca.emulator.ca.PolicyJson.LINUX_VM_SIGN_IN;
import static dev.aksca.emulator.ca.PolicyJson.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaEngineConditionsTest {

    private final CaEngine engine = new CaEngine();

    private PolicyOutcome outcome(PolicyJson policy, SignInContext signIn) {
        return engine.evaluate(List.of(policy.json()), signIn).policies().get(0);
    }

    private static void assertApplies(PolicyOutcome outcome, String reason) {
        assertTrue(outcome.applies(), () -> "expected to apply: " + outcome.reasons());
        assertTrue(outcome.reasons().contains(reason), () -> "missing reason '" + reason + "' in " + outcome.reasons());
    }

    private static void assertNotApplied(PolicyOutcome outcome, String reason) {
        assertFalse(outcome.applies(), () -> "expected not to apply: " + outcome.reasons());
        assertEquals("notApplied", outcome.result());
        assertTrue(outcome.reasons().contains(reason), () -> "missing reason '" + reason + "' in " + outcome.reasons());
    }

    @Nested
    class Users {

        @Test
        void userListedByIdIsIncluded() {
            assertApplies(outcome(policy("p").includeUsers(ALICE), SignIns.alice()), "user included by id " + ALICE);
        }

        @Test
        void memberOfAnIncludedGroupIsIncluded() {
            PolicyJson policy = policy("p").includeUsers().includeGroups(AKS_ADMINS);
            assertApplies(outcome(policy, SignIns.alice()), "user included by group " + AKS_ADMINS);
        }

        @Test
        void allUsersIncludesAUserWithoutGroups() {
            assertApplies(outcome(policy("p"), SignIns.bobWithoutGroups()), "user included by All");
        }

        @Test
        void userNeitherListedNorInAnIncludedGroupIsNotIncluded() {
            PolicyJson policy = policy("p").includeUsers(ALICE).includeGroups(AKS_ADMINS);
            assertNotApplied(outcome(policy, SignIns.bobWithoutGroups()), "user not included");
        }

        @Test
        void excludedUserIdBeatsAllUsers() {
            PolicyJson policy = policy("p").excludeUsers(ALICE);
            assertNotApplied(outcome(policy, SignIns.alice()), "user excluded by id " + ALICE);
        }

        @Test
        void excludedUserIdBeatsIncludedUserId() {
            PolicyJson policy = policy("p").includeUsers(ALICE).excludeUsers(ALICE);
            assertNotApplied(outcome(policy, SignIns.alice()), "user excluded by id " + ALICE);
        }

        @Test
        void excludedGroupBeatsIncludedGroup() {
            PolicyJson policy = policy("p").includeUsers().includeGroups(AKS_ADMINS).excludeGroups(ENGINEERS);
            assertNotApplied(outcome(policy, SignIns.alice()), "user excluded by group " + ENGINEERS);
        }

        @Test
        void excludedGroupBeatsIncludedUserId() {
            PolicyJson policy = policy("p").includeUsers(ALICE).excludeGroups(AKS_ADMINS);
            assertNotApplied(outcome(policy, SignIns.alice()), "user excluded by group " + AKS_ADMINS);
        }

        @Test
        void excludingAGroupTheUserIsNotInKeepsTheUserIncluded() {
            PolicyJson policy = policy("p").excludeGroups("a0000000-0000-0000-0000-000000000099");
            assertApplies(outcome(policy, SignIns.alice()), "user included by All");
        }

        @Test
        void objectIdsCompareCaseInsensitively() {
            PolicyJson policy = policy("p").includeUsers(ALICE.toUpperCase());
            assertTrue(outcome(policy, SignIns.alice()).applies());
        }
    }

    @Nested
    class Applications {

        @Test
        void includedApplicationMatches() {
            assertApplies(outcome(policy("p"), SignIns.alice()), "application " + AKS_SERVER + " included");
        }

        @Test
        void applicationNotListedIsNotIncluded() {
            PolicyJson policy = policy("p").includeApplications(LINUX_VM_SIGN_IN);
            assertNotApplied(outcome(policy, SignIns.alice()), "application " + AKS_SERVER + " not included");
        }

        @Test
        void allApplicationsIncludesAnyApplication() {
            PolicyJson policy = policy("p").includeApplications("All");
            SignInContext signIn = SignIns.aliceWith(LINUX_VM_SIGN_IN, "mobileAppsAndDesktopClients", "linux");
            assertApplies(outcome(policy, signIn), "application " + LINUX_VM_SIGN_IN + " included by All");
        }

        @Test
        void excludedApplicationBeatsAllApplications() {
            PolicyJson policy = policy("p").includeApplications("All").excludeApplications(AKS_SERVER);
            assertNotApplied(outcome(policy, SignIns.alice()), "application " + AKS_SERVER + " excluded");
        }
    }

    @Nested
    class ClientAppTypes {

        @Test
        void allMatchesAnyClientAppType() {
            SignInContext signIn = SignIns.aliceWith(AKS_SERVER, "browser", "linux");
            assertApplies(outcome(policy("p"), signIn), "client app type browser included by all");
        }

        @Test
        void listedClientAppTypeMatches() {
            PolicyJson policy = policy("p").clientAppTypes("browser", "mobileAppsAndDesktopClients");
            assertApplies(outcome(policy, SignIns.alice()), "client app type mobileAppsAndDesktopClients included");
        }

        @Test
        void unlistedClientAppTypeIsNotIncluded() {
            SignInContext signIn = SignIns.aliceWith(AKS_SERVER, "browser", "linux");
            PolicyJson policy = policy("p").clientAppTypes("mobileAppsAndDesktopClients", "exchangeActiveSync");
            assertNotApplied(outcome(policy, signIn), "client app type browser not included");
        }

        @Test
        void emptyClientAppTypesMeansNotConfiguredAndCoversEveryType() {
            SignInContext signIn = SignIns.aliceWith(AKS_SERVER, "other", "linux");
            assertApplies(outcome(policy("p").clientAppTypes(), signIn), "client app types not configured");
        }
    }

    @Nested
    class Platforms {

        @Test
        void missingPlatformConditionCoversEveryPlatform() {
            SignInContext signIn = SignIns.aliceWith(AKS_SERVER, "browser", "windows");
            assertApplies(outcome(policy("p"), signIn), "no platform condition");
        }

        @Test
        void includedPlatformMatchesCaseInsensitively() {
            PolicyJson policy = policy("p").platforms(List.of("Linux"), List.of());
            assertApplies(outcome(policy, SignIns.alice()), "platform linux included");
        }

        @Test
        void platformNotListedIsNotIncluded() {
            PolicyJson policy = policy("p").platforms(List.of("windows", "macOS"), List.of());
            assertNotApplied(outcome(policy, SignIns.alice()), "platform linux not included");
        }

        @Test
        void allPlatformsIncludesLinux() {
            PolicyJson policy = policy("p").platforms(List.of("all"), List.of());
            assertApplies(outcome(policy, SignIns.alice()), "platform linux included by all");
        }

        @Test
        void excludedPlatformBeatsAllPlatforms() {
            PolicyJson policy = policy("p").platforms(List.of("all"), List.of("LINUX"));
            assertNotApplied(outcome(policy, SignIns.alice()), "platform linux excluded");
        }

        @Test
        void unknownPlatformIsCoveredOnlyByAllPlatforms() {
            SignInContext signIn = SignIns.aliceWith(AKS_SERVER, "browser", null);
            assertApplies(outcome(policy("p").platforms(List.of("all"), List.of("linux")), signIn),
                    "platform unknown included by all");
            assertNotApplied(outcome(policy("p").platforms(List.of("linux"), List.of()), signIn),
                    "platform unknown not included");
        }
    }

    @Test
    void reasonsExplainEveryConditionInOrder() {
        PolicyOutcome outcome = outcome(policy("p").includeUsers().includeGroups(ENGINEERS), SignIns.alice());
        assertEquals(List.of(
                "user included by group " + ENGINEERS,
                "application " + AKS_SERVER + " included",
                "client app type mobileAppsAndDesktopClients included by all",
                "no platform condition"), outcome.reasons());
    }

    @Test
    void policyAppliesOnlyWhenEveryConditionMatches() {
        PolicyJson policy = policy("p").includeUsers(ALICE).clientAppTypes("browser");
        PolicyOutcome outcome = outcome(policy, SignIns.alice());
        assertFalse(outcome.applies());
        assertTrue(outcome.reasons().contains("user included by id " + ALICE));
        assertTrue(outcome.reasons().contains("client app type mobileAppsAndDesktopClients not included"));
    }
}
