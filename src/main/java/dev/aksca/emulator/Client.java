package dev.aksca.emulator;

import java.util.List;
import java.util.Map;

/**
 * An app registration that may use the client-credentials grant.
 *
 * @param rolesByAudience the audiences (resources) it may ask tokens for, with the app roles granted there
 */
record Client(String id, String secret, String objectId, Map<String, List<String>> rolesByAudience) {
}
