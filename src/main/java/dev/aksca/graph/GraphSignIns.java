package dev.aksca.graph;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads auditLogs/signIns with a server-side filter, following every page. */
final class GraphSignIns {

    static final int PAGE_SIZE = 1000;
    // Without it Graph reports report-only results as unknownFutureValue (contract section 1).
    static final String PREFER = "include-unknown-enum-members";
    private static final String[] SELECT = {"id", "createdDateTime", "userPrincipalName", "userId", "appId",
        "conditionalAccessStatus", "appliedConditionalAccessPolicies", "deviceDetail", "status"};

    private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS =
            new HashMap<>(Map.of("XXX", ODataError::createFromDiscriminatorValue));

    private GraphSignIns() {
    }

    static String filter(SignInQuery query) {
        StringBuilder filter = new StringBuilder("appId eq ").append(ODataLiterals.quote(query.appId()));
        if (query.userId() != null) {
            filter.append(" and userId eq ").append(ODataLiterals.quote(query.userId()));
        }
        if (query.userPrincipalName() != null) {
            filter.append(" and userPrincipalName eq ").append(ODataLiterals.quote(query.userPrincipalName()));
        }
        filter.append(" and createdDateTime ge ")
                .append(DateTimeFormatter.ISO_INSTANT.format(query.from().withOffsetSameInstant(ZoneOffset.UTC)));
        return filter.toString();
    }

    static List<SignInRecord> read(GraphServiceClient client, SignInQuery query) {
        List<SignInRecord> records = new ArrayList<>();
        String next = new ODataQuery(client.getRequestAdapter(), "/auditLogs/signIns")
                .option("filter", filter(query))
                .option("select", SELECT)
                .option("top", String.valueOf(PAGE_SIZE))
                .url();
        while (next != null) {
            RequestInformation request = client.auditLogs().signIns().withUrl(next)
                    .toGetRequestInformation(config -> config.headers.add("Prefer", PREFER));
            // The SDK's own get() with its error mapping, but the page's bytes instead of its models (SignInPage).
            InputStream body = client.getRequestAdapter().sendPrimitive(request, ERRORS, InputStream.class);
            if (body == null) {
                break;
            }
            try (body) {
                next = SignInPage.read(body, records);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }
}
