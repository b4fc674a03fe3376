package org.coopsuite.call.call;

import java.util.Map;
import java.util.Optional;

import org.coopsuite.platform.domain.Money;

/** What call-service knows of a call's co-funding, from funding-service's events. */
public interface SecuredFunding {

    /** The budget each side has secured for the call, present once its co-funding is secured. */
    Optional<Map<String, Money>> securedBudget(String callId);
}
