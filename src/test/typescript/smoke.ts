// Type-checked against the typescript-fetch client generated from openapi/openapi.yaml (see .ci/run): a TypeScript
// caller can apply, read, verify and delete a cluster's policy with the generated operations and models.
import {
  AccessPoliciesApi,
  ApplyAccessPolicyKindEnum,
  Configuration,
  PolicyState,
  VerificationApi,
} from "../../../target/generated-clients/typescript-fetch";
import type { AccessPolicy, Verification } from "../../../target/generated-clients/typescript-fetch";

const cluster = {
  subscriptionId: "00000000-0000-0000-0000-000000000001",
  resourceGroup: "rg-demo",
  clusterName: "aks-demo",
};

export async function roundTrip(basePath: string, token: string): Promise<string> {
  const config = new Configuration({ basePath, accessToken: async () => token });
  const policies = new AccessPoliciesApi(config);
  const applied: AccessPolicy = await policies.applyAccessPolicy({
    ...cluster,
    kind: ApplyAccessPolicyKindEnum.ControlPlane,
    applyRequest: { state: PolicyState.ReportOnly },
  });
  const verification: Verification = await new VerificationApi(config).verifyAccessPolicy({
    ...cluster,
    kind: "control-plane",
    since: "PT1H",
  });
  await policies.deleteAccessPolicy({ ...cluster, kind: "control-plane" });
  return `${applied.displayName}: ${verification.verdict}`;
}
