/**
 * Login flows: authenticators that keep unlicensed and chat-only users where they belong, give
 * seats just in time, switch conditional sub-flows on a chat permission, and identity-provider
 * mappers that turn a brokered user's claim or attribute into a chat role assignment.
 */
package io.chataccess.login;
