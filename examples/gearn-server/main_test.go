package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"example.com/gearn-server/gearn"
)

func post(t *testing.T, mux http.Handler, path, body string) gearn.Envelope[json.RawMessage] {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Secret-Key", "example-secret")
	req.Header.Set("Content-Type", "application/json")
	mux.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("HTTP %d: %s", rec.Code, rec.Body)
	}
	var env gearn.Envelope[json.RawMessage]
	if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
		t.Fatalf("%v: %s", err, rec.Body)
	}
	return env
}

func TestServer(t *testing.T) {
	mux := gearn.NewHandler(newPlayers())
	login := `{"androidDeviceId": "a1b2c3d4e5", "createPlayerIfNotExists": true, "infoRequestParam": {}}`
	env := post(t, mux, "/api/rJson/authenticate/client/loginByAndroidDeviceId", login)
	var first gearn.LoginByAndroidDeviceIDResponseData
	if env.ReturnCode != gearn.ReturnCodeOk || env.Parameters == nil || json.Unmarshal(*env.Parameters, &first) != nil || first.UserID == "" || !*first.NewlyCreated {
		t.Fatalf("first login: %+v", env)
	}
	var again gearn.LoginByAndroidDeviceIDResponseData
	env = post(t, mux, "/api/rJson/authenticate/client/loginByAndroidDeviceId", login)
	if json.Unmarshal(*env.Parameters, &again) != nil || again.UserID != first.UserID || *again.NewlyCreated {
		t.Errorf("second login: %+v", again)
	}

	env = post(t, mux, "/api/rJson/authenticate/client/loginByAndroidDeviceId", `{"androidDeviceId": "a1b2c", "infoRequestParam": {}}`)
	if env.ReturnCode != gearn.ReturnCodeInvalidRequestParameters || len(env.InvalidRequestParameters) != 1 ||
		*env.InvalidRequestParameters[0].Code != "androidDeviceId" || *env.InvalidRequestParameters[0].InvalidMemberType != gearn.InvalidMemberTypeStringMinLength {
		t.Errorf("a 5-character device ID: %+v", env)
	}
	env = post(t, mux, "/api/rJson/masterPlayer/server/linkAccount", `{"userId": "0123456789", "username": "player1", "password": "secret1"}`)
	if env.ReturnCode != gearn.ReturnCodeOperationInvalid {
		t.Errorf("an operation the example does not serve: %+v", env)
	}
}

// TestServerTimeouts checks that the example's http.Server has every
// timeout a server open to the internet needs, and serves on loopback.
func TestServerTimeouts(t *testing.T) {
	srv := newServer("127.0.0.1:0", gearn.NewHandler(newPlayers()))
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 || srv.MaxHeaderBytes <= 0 {
		t.Fatalf("a timeout is missing: %+v", srv)
	}
	ln, err := net.Listen("tcp", srv.Addr)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	c := gearn.NewClient("http://"+ln.Addr().String(), gearn.WithHeaders(gearn.Headers{SecretKey: "example-secret"}))
	resp, err := c.ClientLoginByAndroidDeviceID(context.Background(), &gearn.ClientLoginByAndroidDeviceIDRequest{
		AndroidDeviceID: "a1b2c3d4e5", CreatePlayerIfNotExists: ptr(true), InfoRequestParam: &gearn.InfoRequestParam{},
	})
	if err != nil || resp.UserID == "" {
		t.Fatalf("a login through the server: %+v, %v", resp, err)
	}
}
