package io.chataccess.store;

import org.keycloak.provider.ProviderFactory;

/** Factory of {@link ChatAccessStore} providers. */
public interface ChatAccessStoreFactory extends ProviderFactory<ChatAccessStore> {}
