package io.chataccess.integration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway self-signed TLS certificate for {@code localhost} and {@code 127.0.0.1}, made with
 * the JDK's own keytool (no openssl, no BouncyCastle): the key and certificate as PEM files for a
 * server, and an {@link SSLContext} for a client that trusts exactly this certificate.
 */
final class SelfSignedTls {

  private static final String PASSWORD = "changeit";

  private final Path certificate;
  private final Path privateKey;
  private final SSLContext clientContext;

  private SelfSignedTls(Path certificate, Path privateKey, SSLContext clientContext) {
    this.certificate = certificate;
    this.privateKey = privateKey;
    this.clientContext = clientContext;
  }

  /** Generates the key pair and certificate into {@code dir} (localhost.crt, localhost.key). */
  static SelfSignedTls generate(Path dir) throws IOException, GeneralSecurityException {
    Path keystore = dir.resolve("localhost.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command =
        List.of(
            keytool.toString(),
            "-genkeypair",
            "-alias",
            "localhost",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-validity",
            "2",
            "-dname",
            "CN=localhost",
            "-ext",
            "san=dns:localhost,ip:127.0.0.1",
            "-storetype",
            "PKCS12",
            "-keystore",
            keystore.toString(),
            "-storepass",
            PASSWORD,
            "-keypass",
            PASSWORD);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while keytool ran", e);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    Certificate cert = store.getCertificate("localhost");
    PrivateKey key = (PrivateKey) store.getKey("localhost", PASSWORD.toCharArray());
    Path certFile = dir.resolve("localhost.crt");
    Path keyFile = dir.resolve("localhost.key");
    Files.writeString(certFile, pem("CERTIFICATE", cert.getEncoded()));
    // PKCS#8, which OpenSSL (and so nginx) reads as "PRIVATE KEY"
    Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));

    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("localhost", cert);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return new SelfSignedTls(certFile, keyFile, context);
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  Path certificate() {
    return certificate;
  }

  Path privateKey() {
    return privateKey;
  }

  /** For clients: trusts this certificate only (and checks the host name against it). */
  SSLContext clientContext() {
    return clientContext;
  }
}
