package dev.aksca.graph;

import com.microsoft.graph.identity.conditionalaccess.evaluate.EvaluatePostRequestBody;
import com.microsoft.graph.identity.conditionalaccess.evaluate.EvaluatePostResponse;
import com.microsoft.graph.models.ApplicationContext;
import com.microsoft.graph.models.ConditionalAccessClientApp;
import com.microsoft.graph.models.ConditionalAccessDevicePlatform;
import com.microsoft.graph.models.DeviceInfo;
import com.microsoft.graph.models.SignInConditions;
import com.microsoft.graph.models.UserSignIn;
import com.microsoft.graph.models.WhatIfAnalysisReasons;
import com.microsoft.graph.models.WhatIfAnalysisResult;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Graph's What-If ({@code identity/conditionalAccess/evaluate}) and the user lookup that precedes it. */
final class GraphWhatIf {

    private GraphWhatIf() {
    }

    static Optional<DirectoryUser> user(GraphServiceClient client, String idOrUpn) {
        try {
            return Optional.ofNullable(DirectoryReader.USER.readOne(client.getRequestAdapter(),
                    client.users().byUserId(idOrUpn).toGetRequestInformation(request ->
                            request.queryParameters.select = new String[] {"id", "userPrincipalName"}),
                    DirectoryReader::user));
        } catch (RuntimeException e) {
            if (GraphFailures.status(e) == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every policy of the tenant (appliedPoliciesOnly false): the caller decides which ones concern it. */
    static List<WhatIfResult> evaluate(GraphServiceClient client, WhatIfQuery query) {
        EvaluatePostResponse response = client.identity().conditionalAccess().evaluate().post(body(query));
        List<WhatIfResult> results = new ArrayList<>();
        if (response != null && response.getValue() != null) {
            for (WhatIfAnalysisResult result : response.getValue()) {
                List<String> reasons = result.getAnalysisReasons() == null ? List.of()
                        : result.getAnalysisReasons().stream().map(WhatIfAnalysisReasons::getValue).toList();
                results.add(new WhatIfResult(GraphPolicies.fromGraph(result),
                        Boolean.TRUE.equals(result.getPolicyApplies()), reasons));
            }
        }
        return results;
    }

    /** A fresh body per call: reused SDK objects re-send only their changed fields (backing store). */
    private static EvaluatePostRequestBody body(WhatIfQuery query) {
        UserSignIn identity = new UserSignIn();
        identity.setUserId(query.userId());
        ApplicationContext context = new ApplicationContext();
        context.setIncludeApplications(new ArrayList<>(List.of(query.appId())));
        DeviceInfo device = new DeviceInfo();
        device.setIsCompliant(query.deviceCompliant());
        SignInConditions conditions = new SignInConditions();
        conditions.setDevicePlatform(ConditionalAccessDevicePlatform.forValue(query.devicePlatform()));
        conditions.setClientAppType(ConditionalAccessClientApp.forValue(query.clientAppType()));
        conditions.setDeviceInfo(device);
        EvaluatePostRequestBody body = new EvaluatePostRequestBody();
        body.setSignInIdentity(identity);
        body.setSignInContext(context);
        body.setSignInConditions(conditions);
        body.setAppliedPoliciesOnly(false);
        return body;
    }
}
