package main

import (
	"encoding/json"
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
	env := post(t, mux, gearn.ClientLoginByAndroidDeviceIDPath, login)
	var first gearn.LoginByAndroidDeviceIDResponseData
	if env.ReturnCode != gearn.ReturnCodeOk || env.Parameters == nil || json.Unmarshal(*env.Parameters, &first) != nil || first.UserID == "" || !*first.NewlyCreated {
		t.Fatalf("first login: %+v", env)
	}
	var again gearn.LoginByAndroidDeviceIDResponseData
	env = post(t, mux, gearn.ClientLoginByAndroidDeviceIDPath, login)
	if json.Unmarshal(*env.Parameters, &again) != nil || again.UserID != first.UserID || *again.NewlyCreated {
		t.Errorf("second login: %+v", again)
	}

	env = post(t, mux, gearn.ClientLoginByAndroidDeviceIDPath, `{"androidDeviceId": "a1b2c", "infoRequestParam": {}}`)
	if env.ReturnCode != gearn.ReturnCodeInvalidRequestParameters || len(env.InvalidRequestParameters) != 1 ||
		*env.InvalidRequestParameters[0].Code != "androidDeviceId" || *env.InvalidRequestParameters[0].InvalidMemberType != gearn.InvalidMemberTypeStringMinLength {
		t.Errorf("a 5-character device ID: %+v", env)
	}
	env = post(t, mux, gearn.ServerLinkAccountPath, `{"userId": "0123456789", "username": "player1", "password": "secret1"}`)
	if env.ReturnCode != gearn.ReturnCodeOperationInvalid {
		t.Errorf("an operation the example does not serve: %+v", env)
	}
}
